-- Sitrep's store, version 1: what `extract` reads from each article, one row per article, entity, event
-- and argument, with full-text indexes over article text and evidence. Offsets are UTF-16 code units into
-- articles.body, as in the JSON record.

CREATE TABLE articles (
    id           TEXT PRIMARY KEY,   -- the record's id (content-derived unless the input gave one)
    locator      TEXT NOT NULL,      -- the URL, else the source path: a new version under it replaces the old
    source       TEXT NOT NULL,
    headline     TEXT NOT NULL,
    published    TEXT,               -- ISO date
    dateline     TEXT,
    body         TEXT NOT NULL,
    content_hash TEXT NOT NULL,      -- SHA-256 of what the article says: the same hash is the same article
    record       TEXT NOT NULL,      -- the JSON record as `sitrep extract` prints it
    stored_at    TEXT NOT NULL
);
CREATE INDEX articles_locator ON articles (locator);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE entities (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,
    mentions    INTEGER NOT NULL,
    geonameid   INTEGER,
    lat         REAL,
    lon         REAL,
    country     TEXT,
    admin1      TEXT,
    precision   TEXT,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX entities_name ON entities (name COLLATE NOCASE);

CREATE TABLE events (
    article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id              TEXT NOT NULL,
    type            TEXT NOT NULL,
    trigger         TEXT NOT NULL,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    time_value      TEXT,            -- TIMEX3-style value: 2017-03-11, 2017-03, 2017-W10, 2017
    time_precision  TEXT,
    time_first      TEXT,            -- the first and last day the value covers, for date filters
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
    PRIMARY KEY (article_id, id)
);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_time ON events (time_first, time_last);
CREATE INDEX events_country ON events (country);
CREATE INDEX events_lat_lon ON events (lat, lon);

CREATE TABLE arguments (
    article_id     TEXT NOT NULL,
    event_id       TEXT NOT NULL,
    position       INTEGER NOT NULL,
    role           TEXT NOT NULL,
    text           TEXT NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    entity_id      TEXT,
    entity_name    TEXT,
    actor_code     TEXT,
    actor_country  TEXT,
    actor_sector   TEXT,
    acled_type     INTEGER,
    PRIMARY KEY (article_id, event_id, position),
    FOREIGN KEY (article_id, event_id) REFERENCES events (article_id, id) ON DELETE CASCADE
);
CREATE INDEX arguments_text ON arguments (text COLLATE NOCASE);
CREATE INDEX arguments_entity_name ON arguments (entity_name COLLATE NOCASE);
CREATE INDEX arguments_actor_code ON arguments (actor_code);

-- inputs that gave no record: rejected by the reader or failed in a stage, with the reason
CREATE TABLE failures (
    source     TEXT PRIMARY KEY,
    article_id TEXT,
    code       TEXT NOT NULL,
    message    TEXT NOT NULL,
    body       TEXT,                 -- the text as read, when there was one: nothing read is lost
    failed_at  TEXT NOT NULL
);

-- full-text search, kept in step with its table by triggers (FTS5 external content)
CREATE VIRTUAL TABLE articles_fts USING fts5 (headline, body, content = 'articles', content_rowid = 'rowid');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, headline, body) VALUES (new.rowid, new.headline, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, headline, body) VALUES ('delete', old.rowid, old.headline, old.body);
END;

CREATE VIRTUAL TABLE evidence_fts USING fts5 (evidence, content = 'events', content_rowid = 'rowid');
CREATE TRIGGER evidence_fts_insert AFTER INSERT ON events BEGIN
    INSERT INTO evidence_fts (rowid, evidence) VALUES (new.rowid, new.evidence);
END;
CREATE TRIGGER evidence_fts_delete AFTER DELETE ON events BEGIN
    INSERT INTO evidence_fts (evidence_fts, rowid, evidence) VALUES ('delete', old.rowid, old.evidence);
END;
