"""The admin screens: managing who may use the console (Admin > Users…)."""
