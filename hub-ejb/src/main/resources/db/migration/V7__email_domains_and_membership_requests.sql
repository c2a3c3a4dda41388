-- Ways into an organisation besides the login's claims: a verified e-mail domain mapped to it by a
-- platform admin, and a request approved by one of its admins.
create table email_domain (
  domain varchar(253) primary key,
  organisation_id bigint not null references organisation(id),
  created_at timestamp not null
);
create index email_domain_organisation on email_domain(organisation_id);

create table membership_request (
  id bigint primary key,
  person_id bigint not null references person(id),
  organisation_id bigint not null references organisation(id),
  status varchar(16) not null,
  message varchar(2000),
  created_at timestamp not null,
  decided_at timestamp,
  decided_by bigint references person(id)
);
create index membership_request_pending on membership_request(organisation_id, status);
