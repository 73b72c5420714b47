"""Short codes and scans, product landing pages, the registration form, warranty certificates and double opt-in."""
