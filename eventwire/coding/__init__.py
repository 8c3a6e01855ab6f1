"""The coding pipeline: small stages that enrich one article document."""
