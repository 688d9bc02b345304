"""Moving data in and out: CSV import with a column mapping, CSV export."""
