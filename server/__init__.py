"""perfhint.server: the language server and the command-line interface."""
