"""Thin, lazy Qt item models over the plain rows the store hands out."""
