-- Russian order with numbers compared as numbers: «СОШ № 2» before «СОШ № 10».
CREATE COLLATION IF NOT EXISTS ru_natural (provider = icu, locale = 'ru-RU-u-kn-true');
