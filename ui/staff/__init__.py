"""Staff mode on the screen: the long press, the PIN pad and the staff screen."""
