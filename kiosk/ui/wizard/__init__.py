"""Building blocks shared by the resident's wizard screens (choice buttons, headers,
the 大字 picker, the member editor)."""
