"""Screens and widgets of the kiosk: they show the flow's state and emit the patient's intent."""
