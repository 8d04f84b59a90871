"""`python main.py doctor`: every check IT runs on a kiosk PC, read only."""
