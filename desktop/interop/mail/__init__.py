"""E-mail: reading mail files and IMAP folders into the timeline."""
