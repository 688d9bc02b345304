"""The incident form and what happens when it is submitted."""
