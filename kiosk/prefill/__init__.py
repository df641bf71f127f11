"""Pre-application at home: the signed, compressed scenario a QR code carries from the resident's phone to the kiosk."""
