"""The patient's identity read from the Belgian eID card, without Qt: the identity file
and its fields (eid.py), and the PC/SC service that watches the reader (reader.py)."""
