-- Issue 12: a reflection question of its own for each item of a collection (the themes keep theirs).
alter table collection_item add column question varchar(1000);
