"""Follow-ups in the window: flag from the call, my due list and its alerts, the lead's queue."""
