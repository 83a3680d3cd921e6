-- Pictures uploaded in the desk: PNGs stay PNGs (transparency, sharp diagrams); the library searches the
-- name the file had on the uploader's computer.
ALTER TABLE images ADD COLUMN format VARCHAR(4) NOT NULL DEFAULT 'jpg' CHECK (format IN ('jpg', 'png'));
ALTER TABLE images ADD COLUMN original_name VARCHAR(300) NOT NULL DEFAULT '';
