-- Projects and procurement needs: two more kinds of initiative (JOINED inheritance, like
-- learning_example), and the CPV vocabulary that needs are classified with (rows in V4).

create table project (
  id bigint primary key references initiative(id),
  phase varchar(16) not null,
  budget_sek bigint not null default 0,
  collaboration_level varchar(32) not null,
  goals varchar(100000),
  results varchar(100000)
);

-- How a project is paid for: own money, a partner organisation's, or an external fund (ERDF, Vinnova …).
create table project_financing (
  project_id bigint not null references project(id),
  position integer not null,
  source varchar(16) not null,
  funder varchar(200),
  organisation_id bigint references organisation(id),
  amount_sek bigint not null,
  share_percent numeric(5, 2)
);

create table cpv_code (
  code varchar(8) primary key,
  parent_code varchar(8),
  depth integer not null,
  label_sv varchar(300) not null,
  label_en varchar(300) not null
);

create table procurement_need (
  id bigint primary key references initiative(id),
  main_cpv_code varchar(8) not null references cpv_code(code),
  value_min_sek bigint,
  value_max_sek bigint,
  window_from date,
  window_to date,
  contract_months integer,
  procurement_status varchar(32) not null,
  open_for_co_procurement boolean not null default false,
  join_deadline date,
  requirements varchar(100000)
);
create index procurement_need_cpv_main on procurement_need(main_cpv_code);

create table procurement_need_cpv (
  procurement_need_id bigint not null references procurement_need(id),
  position integer not null,
  cpv_code varchar(8) not null references cpv_code(code),
  primary key (procurement_need_id, cpv_code)
);
