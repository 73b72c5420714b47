"""Products and SKUs with their marketplace identifiers (ASIN, Shopify variant), images and manuals."""
