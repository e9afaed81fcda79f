"""Loading banks from files and folders into the library the app and the CLI list."""
