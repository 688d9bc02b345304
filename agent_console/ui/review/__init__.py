"""The team lead's incident review: search, filters, the whole story, review notes."""
