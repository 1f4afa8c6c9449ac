#!/usr/bin/env bash
# The note writes k for kubectl. Put this line in ~/.bashrc or ~/.zshrc to use it in your own shell.
# Aliases do not expand inside scripts, so every command file in examples/ spells out kubectl.
alias k=kubectl
