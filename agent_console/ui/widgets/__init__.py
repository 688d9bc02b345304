"""The panes and small widgets of the main window."""
