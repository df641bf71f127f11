"""Sample card profiles (invented residents) for the emulator, the demo and the tests."""
