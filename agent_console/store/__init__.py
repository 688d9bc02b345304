"""Storage: SQLAlchemy models, sessions and queries; no Qt."""
