"""The server side of sync: push (events in), pull (deltas out), the clock and derived state."""
