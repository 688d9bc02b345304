"""Guidance during the call: the de-escalation checklist, live positive phrasing, escalation."""
