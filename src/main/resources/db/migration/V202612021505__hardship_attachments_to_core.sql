-- Hardship's evidence and visit photos move to core's one attachment table (core.files.AttachmentManagement):
-- evidence hangs on the file ('hardship-file'), a photo on its visit ('hardship-visit'). The bytes stay where
-- they are; they were encrypted as one v1: value each, which core's StreamEncryptor still reads.
insert into attachment (target_type, target_id, org_id, member_id, file_name, content_type, size_bytes, storage_key,
        encrypted, created_by_account_id, created_at)
select case when visit_id is null then 'hardship-file' else 'hardship-visit' end, coalesce(visit_id, file_id), org_id,
       member_id, file_name, content_type, size_bytes, storage_key, true, null, uploaded_at
from hardship_attachment order by id;

drop table hardship_attachment;
