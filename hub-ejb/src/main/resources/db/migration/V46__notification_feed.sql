-- A person's notifications as an Atom feed (issue 13): a feed reader cannot log in, so the feed's address carries a
-- random secret of the person's own. Made when the person asks for the address; a new one replaces it.
alter table person add column feed_token varchar(64);
create unique index person_feed_token on person(feed_token);
