"""Developer tools for the interface translations: extract, check and compile the .ts files.

``python -m agent_console.i18n_tools update`` refreshes resources/translations/*.ts from the
source; ``check`` lists what is missing; ``release`` compiles the .qm files the console loads.
"""
