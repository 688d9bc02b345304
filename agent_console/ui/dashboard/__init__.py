"""The team lead's KPI dashboard: figures, charts and the incidents behind each."""
