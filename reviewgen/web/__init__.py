"""The browser application: `reviewgen serve` (see app.py)."""
