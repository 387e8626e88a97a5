-- Sitrep's store, version 4: the full-text indexes refer to explicit keys. Until now articles and events were
-- keyed by text and the FTS5 indexes by their implicit rowids, which VACUUM may renumber: a search would then
-- name the wrong article. Each table gets `seq INTEGER PRIMARY KEY` (an alias of the rowid, which VACUUM keeps),
-- taking the rowid it had, so the indexes carry over; they are rebuilt all the same. Foreign keys are off while
-- Flyway migrates (SQLite's default), so dropping the old tables cascades to nothing.

CREATE TABLE articles_v4 (
    seq          INTEGER PRIMARY KEY,  -- the key articles_fts refers to
    id           TEXT NOT NULL UNIQUE, -- the record's id (content-derived unless the input gave one)
    locator      TEXT NOT NULL,        -- the URL, else the source path: a new version under it replaces the old
    source       TEXT NOT NULL,
    headline     TEXT NOT NULL,
    published    TEXT,                 -- ISO date
    dateline     TEXT,
    body         TEXT NOT NULL,
    content_hash TEXT NOT NULL,        -- SHA-256 of what the article says: the same hash is the same article
    record       TEXT NOT NULL,        -- the JSON record as `sitrep extract` prints it
    stored_at    TEXT NOT NULL
);
INSERT INTO articles_v4 (seq, id, locator, source, headline, published, dateline, body, content_hash, record, stored_at)
    SELECT rowid, id, locator, source, headline, published, dateline, body, content_hash, record, stored_at FROM articles;
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TABLE articles_fts;
DROP TABLE articles;
ALTER TABLE articles_v4 RENAME TO articles;
CREATE INDEX articles_locator ON articles (locator);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE events_v4 (
    seq             INTEGER PRIMARY KEY,  -- the key evidence_fts refers to
    article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id              TEXT NOT NULL,
    type            TEXT NOT NULL,
    trigger         TEXT NOT NULL,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    time_value      TEXT,
    time_precision  TEXT,
    time_first      TEXT,
    time_last       TEXT,
    time_rule       TEXT,
    place           TEXT,
    place_rule      TEXT,
    geonameid       INTEGER,
    lat             REAL,
    lon             REAL,
    country         TEXT,
    admin1          TEXT,
    geo_precision   TEXT,
    modality        TEXT NOT NULL,
    confidence      REAL NOT NULL,
    evidence        TEXT NOT NULL,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    cameo           TEXT,
    plover          TEXT,
    plover_mode     TEXT,
    acled           TEXT,
    acled_sub       TEXT,
    fatalities       INTEGER,
    fatalities_start INTEGER,
    fatalities_end   INTEGER,
    UNIQUE (article_id, id)
);
INSERT INTO events_v4 (seq, article_id, id, type, trigger, trigger_start, trigger_end, time_value, time_precision,
        time_first, time_last, time_rule, place, place_rule, geonameid, lat, lon, country, admin1, geo_precision,
        modality, confidence, evidence, evidence_start, evidence_end, cameo, plover, plover_mode, acled, acled_sub,
        fatalities, fatalities_start, fatalities_end)
    SELECT rowid, article_id, id, type, trigger, trigger_start, trigger_end, time_value, time_precision,
        time_first, time_last, time_rule, place, place_rule, geonameid, lat, lon, country, admin1, geo_precision,
        modality, confidence, evidence, evidence_start, evidence_end, cameo, plover, plover_mode, acled, acled_sub,
        fatalities, fatalities_start, fatalities_end FROM events;
DROP TRIGGER evidence_fts_insert;
DROP TRIGGER evidence_fts_delete;
DROP TABLE evidence_fts;
DROP TABLE events;
ALTER TABLE events_v4 RENAME TO events;
CREATE INDEX events_type ON events (type);
CREATE INDEX events_time ON events (time_first, time_last);
CREATE INDEX events_country ON events (country);
CREATE INDEX events_lat_lon ON events (lat, lon);

CREATE VIRTUAL TABLE articles_fts USING fts5 (headline, body, content = 'articles', content_rowid = 'seq');
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, headline, body) VALUES (new.seq, new.headline, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, headline, body) VALUES ('delete', old.seq, old.headline, old.body);
END;

CREATE VIRTUAL TABLE evidence_fts USING fts5 (evidence, content = 'events', content_rowid = 'seq');
INSERT INTO evidence_fts (evidence_fts) VALUES ('rebuild');
CREATE TRIGGER evidence_fts_insert AFTER INSERT ON events BEGIN
    INSERT INTO evidence_fts (rowid, evidence) VALUES (new.seq, new.evidence);
END;
CREATE TRIGGER evidence_fts_delete AFTER DELETE ON events BEGIN
    INSERT INTO evidence_fts (evidence_fts, rowid, evidence) VALUES ('delete', old.seq, old.evidence);
END;
