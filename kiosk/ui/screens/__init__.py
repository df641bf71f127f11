"""One screen per module; the flow controller decides which one shows."""
