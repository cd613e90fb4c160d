-- Queued messages belong to a community, but deleting a community must never drop them silently: joining a space to
-- another community moves them to the surviving community first, and any other delete is refused while some remain.
alter table outbox drop constraint outbox_community_id_fkey;
alter table outbox add constraint outbox_community_id_fkey foreign key (community_id) references community (id);
