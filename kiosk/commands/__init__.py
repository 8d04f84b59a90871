"""The command line (`python main.py <command>`): its arguments, and each command's work."""
