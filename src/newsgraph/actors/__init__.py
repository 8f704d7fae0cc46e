"""Actor knowledge base and resolution: names, countries, capitals, offices -> Actor."""
