<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddCommentCommand</name>
    <message>
        <source>Add comment “%1”</source>
        <translation>Add comment “%1”</translation>
    </message>
</context>
<context>
    <name>AddPhotoCommand</name>
    <message>
        <source>Add photo</source>
        <translation>Add photo</translation>
    </message>
    <message>
        <source>Add photo %1</source>
        <translation>Add photo %1</translation>
    </message>
</context>
<context>
    <name>AddProblemCommand</name>
    <message>
        <source>Add problem “%1”</source>
        <translation>Add problem “%1”</translation>
    </message>
</context>
<context>
    <name>AttachEvidenceCommand</name>
    <message>
        <source>Attach sensor evidence</source>
        <translation>Attach sensor evidence</translation>
    </message>
    <message>
        <source>Attach sensor evidence “%1”</source>
        <translation>Attach sensor evidence “%1”</translation>
    </message>
</context>
<context>
    <name>CategoryNames</name>
    <message>
        <source>Fine dust / air quality</source>
        <translation>Fine dust / air quality</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Recycling and resource circulation</source>
        <translation>Recycling and resource circulation</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Noise</translation>
    </message>
    <message>
        <source>Green space</source>
        <translation>Green space</translation>
    </message>
    <message>
        <source>Accessibility and welfare</source>
        <translation>Accessibility and welfare</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>Closed, not fixed</source>
        <translation>Closed, not fixed</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>DeleteProblemCommand</name>
    <message>
        <source>Delete problem “%1”</source>
        <translation>Delete problem “%1”</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Balgul could not read or write its data file: %1</source>
        <translation>Balgul could not read or write its data file: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <source>Balgul: find and map the problems of your city.</source>
        <translation>Balgul: find and map the problems of your city.</translation>
    </message>
    <message>
        <source>Keep the problems in &lt;dir&gt; instead of the usual place.</source>
        <translation>Keep the problems in &lt;dir&gt; instead of the usual place.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use this language: ko or en.</source>
        <translation>Use this language: ko or en.</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>Fill an empty store with &lt;n&gt; example problems.</source>
        <translation>Fill an empty store with &lt;n&gt; example problems.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Base map for this session: osm, mbtiles:&lt;file&gt; or none.</source>
        <translation>Base map for this session: osm, mbtiles:&lt;file&gt; or none.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>--language must be ko or en, not “%1”.</source>
        <translation>--language must be ko or en, not “%1”.</translation>
    </message>
    <message>
        <source>--demo needs a number of problems between 0 and %1.</source>
        <translation>--demo needs a number of problems between 0 and %1.</translation>
    </message>
    <message>
        <source>--tiles must be osm, mbtiles:&lt;file&gt; or none.</source>
        <translation>--tiles must be osm, mbtiles:&lt;file&gt; or none.</translation>
    </message>
    <message>
        <source>Balgul cannot start</source>
        <translation>Balgul cannot start</translation>
    </message>
    <message>
        <source>The problem store “%1” cannot be opened.

%2</source>
        <translation>The problem store “%1” cannot be opened.

%2</translation>
    </message>
    <message>
        <source>Balgul</source>
        <translation>Balgul</translation>
    </message>
</context>
<context>
    <name>EditCommentCommand</name>
    <message>
        <source>Edit comment “%1”</source>
        <translation>Edit comment “%1”</translation>
    </message>
</context>
<context>
    <name>EditProblemCommand</name>
    <message>
        <source>Change title</source>
        <translation>Change title</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>Change description</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Change category</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Move problem</source>
        <translation>Move problem</translation>
    </message>
    <message>
        <source>Change address</source>
        <translation>Change address</translation>
    </message>
    <message>
        <source>Edit problem</source>
        <translation>Edit problem</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>“%1” contains characters that are not valid text.</source>
        <translation>“%1” contains characters that are not valid text.</translation>
    </message>
    <message>
        <source>The text contains characters that are not valid text.</source>
        <translation>The text contains characters that are not valid text.</translation>
    </message>
    <message>
        <source>Please fill in “%1”.</source>
        <translation>Please fill in “%1”.</translation>
    </message>
    <message>
        <source>A required value is missing.</source>
        <translation>A required value is missing.</translation>
    </message>
    <message>
        <source>“%1” is too long. Please shorten it.</source>
        <translation>“%1” is too long. Please shorten it.</translation>
    </message>
    <message>
        <source>The text is too long. Please shorten it.</source>
        <translation>The text is too long. Please shorten it.</translation>
    </message>
    <message>
        <source>“%1” is outside the allowed range.</source>
        <translation>“%1” is outside the allowed range.</translation>
    </message>
    <message>
        <source>A value is outside the allowed range.</source>
        <translation>A value is outside the allowed range.</translation>
    </message>
    <message>
        <source>The category is not one Balgul knows. Please choose a category from the list.</source>
        <translation>The category is not one Balgul knows. Please choose a category from the list.</translation>
    </message>
    <message>
        <source>“%1” has a value Balgul cannot use.</source>
        <translation>“%1” has a value Balgul cannot use.</translation>
    </message>
    <message>
        <source>A value cannot be used.</source>
        <translation>A value cannot be used.</translation>
    </message>
    <message>
        <source>This file is not a Balgul data file.</source>
        <translation>This file is not a Balgul data file.</translation>
    </message>
    <message>
        <source>“%1” contains a control character, which is not text.</source>
        <translation>“%1” contains a control character, which is not text.</translation>
    </message>
    <message>
        <source>The text contains a control character, which is not text.</source>
        <translation>The text contains a control character, which is not text.</translation>
    </message>
    <message>
        <source>This file is not a Balgul data file: it belongs to another program or is damaged. It was left as it was.</source>
        <translation>This file is not a Balgul data file: it belongs to another program or is damaged. It was left as it was.</translation>
    </message>
    <message>
        <source>This file is empty: it is not a Balgul data file yet.</source>
        <translation>This file is empty: it is not a Balgul data file yet.</translation>
    </message>
    <message>
        <source>This data file was written by an older version of Balgul. Open it once in Balgul to upgrade it.</source>
        <translation>This data file was written by an older version of Balgul. Open it once in Balgul to upgrade it.</translation>
    </message>
    <message>
        <source>This data file is damaged, and Balgul writes nothing more into it. If you sync with a hub, start a new profile and sync it to get back everything that was synced; otherwise put back your last backup of the file. Exporting may still save what can be read.</source>
        <translation>This data file is damaged, and Balgul writes nothing more into it. If you sync with a hub, start a new profile and sync it to get back everything that was synced; otherwise put back your last backup of the file. Exporting may still save what can be read.</translation>
    </message>
    <message>
        <source>The folder of the data file is read-only. Balgul needs to write there: choose another folder or allow writing to it.</source>
        <translation>The folder of the data file is read-only. Balgul needs to write there: choose another folder or allow writing to it.</translation>
    </message>
    <message>
        <source>The data file is read-only. Balgul cannot save changes to it.</source>
        <translation>The data file is read-only. Balgul cannot save changes to it.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>This is a folder, not a file.</translation>
    </message>
    <message>
        <source>This is not a file Balgul can read (it is a device, a pipe or a socket).</source>
        <translation>This is not a file Balgul can read (it is a device, a pipe or a socket).</translation>
    </message>
    <message>
        <source>This file is compressed or an archive. Decompress or extract it first.</source>
        <translation>This file is compressed or an archive. Decompress or extract it first.</translation>
    </message>
    <message>
        <source>This file is UTF-16 text. Save it as UTF-8 and try again.</source>
        <translation>This file is UTF-16 text. Save it as UTF-8 and try again.</translation>
    </message>
    <message>
        <source>This file is not text: it looks like binary data, a picture or a document.</source>
        <translation>This file is not text: it looks like binary data, a picture or a document.</translation>
    </message>
    <message>
        <source>This data file was written by a newer version of Balgul. Please update Balgul to open it.</source>
        <translation>This data file was written by a newer version of Balgul. Please update Balgul to open it.</translation>
    </message>
    <message>
        <source>The data file could not be opened. Check that the folder exists and you may write to it.</source>
        <translation>The data file could not be opened. Check that the folder exists and you may write to it.</translation>
    </message>
    <message>
        <source>The data file could not be upgraded. It was left as it was.</source>
        <translation>The data file could not be upgraded. It was left as it was.</translation>
    </message>
    <message>
        <source>This file is not a picture Balgul can show (JPEG, PNG, GIF or WebP).</source>
        <translation>This file is not a picture Balgul can show (JPEG, PNG, GIF or WebP).</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>The file is too large.</translation>
    </message>
    <message>
        <source>The file could not be found.</source>
        <translation>The file could not be found.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>The file could not be written. Check the free space and your permissions.</source>
        <translation>The file could not be written. Check the free space and your permissions.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>The file is not valid JSON.</translation>
    </message>
    <message>
        <source>The file is not a CSV table Balgul can read.</source>
        <translation>The file is not a CSV table Balgul can read.</translation>
    </message>
    <message>
        <source>The file is not GeoJSON Balgul can read.</source>
        <translation>The file is not GeoJSON Balgul can read.</translation>
    </message>
    <message>
        <source>It no longer exists. Someone may have removed it.</source>
        <translation>It no longer exists. Someone may have removed it.</translation>
    </message>
    <message>
        <source>The data file reported an error. Your last change was not saved.</source>
        <translation>The data file reported an error. Your last change was not saved.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>%1, field “%2”</source>
        <translation>%1, field “%2”</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Who may vote</source>
        <translation>Who may vote</translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation>Pilots</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>HubErrorText</name>
    <message>
        <source>The hub did not understand the request. Balgul and the hub may be different versions; ask your hub&apos;s operator.</source>
        <translation>The hub did not understand the request. Balgul and the hub may be different versions; ask your hub&apos;s operator.</translation>
    </message>
    <message>
        <source>The hub had a problem of its own. Please try again later, or tell your hub&apos;s operator.</source>
        <translation>The hub had a problem of its own. Please try again later, or tell your hub&apos;s operator.</translation>
    </message>
    <message>
        <source>Your account may not make this change.</source>
        <translation>Your account may not make this change.</translation>
    </message>
    <message>
        <source>The hub no longer accepts your sign-in. Please sign in again.</source>
        <translation>The hub no longer accepts your sign-in. Please sign in again.</translation>
    </message>
    <message>
        <source>The login name or password is wrong.</source>
        <translation>The login name or password is wrong.</translation>
    </message>
    <message>
        <source>This account is disabled on the hub. Ask your group&apos;s coordinator.</source>
        <translation>This account is disabled on the hub. Ask your group&apos;s coordinator.</translation>
    </message>
    <message>
        <source>The hub did not accept a value in this change.</source>
        <translation>The hub did not accept a value in this change.</translation>
    </message>
    <message>
        <source>The hub did not accept the value of “%1”.</source>
        <translation>The hub did not accept the value of “%1”.</translation>
    </message>
    <message>
        <source>The hub no longer has it. Someone may have deleted it.</source>
        <translation>The hub no longer has it. Someone may have deleted it.</translation>
    </message>
    <message>
        <source>This login name is taken on the hub.</source>
        <translation>This login name is taken on the hub.</translation>
    </message>
    <message>
        <source>This hub creates accounts only with an invite code.</source>
        <translation>This hub creates accounts only with an invite code.</translation>
    </message>
    <message>
        <source>The invite code is not valid: it may be mistyped, used up or expired.</source>
        <translation>The invite code is not valid: it may be mistyped, used up or expired.</translation>
    </message>
    <message>
        <source>The change is too large for the hub.</source>
        <translation>The change is too large for the hub.</translation>
    </message>
    <message>
        <source>Your account has used all the room the hub gives it for photos.</source>
        <translation>Your account has used all the room the hub gives it for photos.</translation>
    </message>
    <message>
        <source>A photo was damaged on its way to the hub; it is sent again with the next sync.</source>
        <translation>A photo was damaged on its way to the hub; it is sent again with the next sync.</translation>
    </message>
    <message>
        <source>A photo had not reached the hub yet; it is sent again with the next sync.</source>
        <translation>A photo had not reached the hub yet; it is sent again with the next sync.</translation>
    </message>
    <message>
        <source>The hub has had too many attempts. Please wait a little and try again.</source>
        <translation>The hub has had too many attempts. Please wait a little and try again.</translation>
    </message>
    <message>
        <source>The hub waited too long for the request. Please try again.</source>
        <translation>The hub waited too long for the request. Please try again.</translation>
    </message>
    <message>
        <source>The hub already has another person&apos;s change under this change&apos;s number.</source>
        <translation>The hub already has another person&apos;s change under this change&apos;s number.</translation>
    </message>
    <message>
        <source>Someone else already made something with the same number on the hub.</source>
        <translation>Someone else already made something with the same number on the hub.</translation>
    </message>
    <message>
        <source>The hub does not know the version this change was made from. Sync again to fetch the latest.</source>
        <translation>The hub does not know the version this change was made from. Sync again to fetch the latest.</translation>
    </message>
    <message>
        <source>The hub&apos;s history is older than this computer&apos;s (it was restored from a backup). Balgul fetches everything again.</source>
        <translation>The hub&apos;s history is older than this computer&apos;s (it was restored from a backup). Balgul fetches everything again.</translation>
    </message>
    <message>
        <source>The hub is serving too many connections. Please try again shortly.</source>
        <translation>The hub is serving too many connections. Please try again shortly.</translation>
    </message>
    <message>
        <source>Someone changed this differently on the hub. Choose which values to keep.</source>
        <translation>Someone changed this differently on the hub. Choose which values to keep.</translation>
    </message>
    <message>
        <source>The hub refused the change.</source>
        <translation>The hub refused the change.</translation>
    </message>
    <message>
        <source>The hub refused this (its reason: %1).</source>
        <translation>The hub refused this (its reason: %1).</translation>
    </message>
    <message>
        <source>Only the problem&apos;s author or a coordinator may delete it.</source>
        <translation>Only the problem&apos;s author or a coordinator may delete it.</translation>
    </message>
    <message>
        <source>Only a coordinator may change a problem&apos;s status.</source>
        <translation>Only a coordinator may change a problem&apos;s status.</translation>
    </message>
    <message>
        <source>Only the problem&apos;s author may change its title, description, category or place; only a coordinator its status.</source>
        <translation>Only the problem&apos;s author may change its title, description, category or place; only a coordinator its status.</translation>
    </message>
    <message>
        <source>Only its author may change this comment.</source>
        <translation>Only its author may change this comment.</translation>
    </message>
    <message>
        <source>Only the problem&apos;s author or a coordinator may add or remove its photos.</source>
        <translation>Only the problem&apos;s author or a coordinator may add or remove its photos.</translation>
    </message>
    <message>
        <source>The problem this belongs to no longer exists on the hub.</source>
        <translation>The problem this belongs to no longer exists on the hub.</translation>
    </message>
    <message>
        <source>Delete the problem</source>
        <translation>Delete the problem</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>Delete it</translation>
    </message>
    <message>
        <source>Comment: “%1”</source>
        <translation>Comment: “%1”</translation>
    </message>
    <message>
        <source>Photo “%1”</source>
        <translation>Photo “%1”</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>Moved on the map</source>
        <translation>Moved on the map</translation>
    </message>
    <message>
        <source>Someone changed this problem&apos;s status first. Look at it again before changing it.</source>
        <translation>Someone changed this problem&apos;s status first. Look at it again before changing it.</translation>
    </message>
    <message>
        <source>A problem cannot move from its status to that one.</source>
        <translation>A problem cannot move from its status to that one.</translation>
    </message>
    <message>
        <source>Another coordinator had already merged this problem into another one; it is shown as the hub has it.</source>
        <translation>Another coordinator had already merged this problem into another one; it is shown as the hub has it.</translation>
    </message>
    <message>
        <source>Undo the merge</source>
        <translation>Undo the merge</translation>
    </message>
    <message>
        <source>Mark as a duplicate</source>
        <translation>Mark as a duplicate</translation>
    </message>
    <message>
        <source>The round had closed when this reached the hub; it changes no more.</source>
        <translation>The round had closed when this reached the hub; it changes no more.</translation>
    </message>
    <message>
        <source>The round was not open yet when your ballot reached the hub.</source>
        <translation>The round was not open yet when your ballot reached the hub.</translation>
    </message>
    <message>
        <source>This round is open to a named group of accounts, and yours is not in it.</source>
        <translation>This round is open to a named group of accounts, and yours is not in it.</translation>
    </message>
    <message>
        <source>The hub found that the ballot breaks the round&apos;s rules. Change it and cast it again.</source>
        <translation>The hub found that the ballot breaks the round&apos;s rules. Change it and cast it again.</translation>
    </message>
    <message>
        <source>The round is still open; its results come once it closes.</source>
        <translation>The round is still open; its results come once it closes.</translation>
    </message>
    <message>
        <source>The hub cannot read this round&apos;s rules. Tell your hub&apos;s operator.</source>
        <translation>The hub cannot read this round&apos;s rules. Tell your hub&apos;s operator.</translation>
    </message>
    <message>
        <source>The consent was withdrawn, so the hub takes no more data under it and has erased what it held.</source>
        <translation>The consent was withdrawn, so the hub takes no more data under it and has erased what it held.</translation>
    </message>
    <message>
        <source>The consent has expired, so the hub takes no more data under it and has erased what it held.</source>
        <translation>The consent has expired, so the hub takes no more data under it and has erased what it held.</translation>
    </message>
</context>
<context>
    <name>ImportProblemsCommand</name>
    <message numerus="yes">
        <source>Import %n problem(s) from “%1”</source>
        <translation>
            <numerusform>Import %n problem from “%1”</numerusform>
            <numerusform>Import %n problems from “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>Every value of the row is empty</source>
        <translation>Every value of the row is empty</translation>
    </message>
    <message>
        <source>The same row appears twice; it was kept once</source>
        <translation>The same row appears twice; it was kept once</translation>
    </message>
    <message>
        <source>Another row has the same time but different values</source>
        <translation>Another row has the same time but different values</translation>
    </message>
    <message>
        <source>The last line of the file is cut off mid-row</source>
        <translation>The last line of the file is cut off mid-row</translation>
    </message>
    <message>
        <source>The row has more or fewer fields than the header</source>
        <translation>The row has more or fewer fields than the header</translation>
    </message>
    <message>
        <source>The time cannot be read</source>
        <translation>The time cannot be read</translation>
    </message>
    <message>
        <source>A value is not a number</source>
        <translation>A value is not a number</translation>
    </message>
    <message>
        <source>A value is empty</source>
        <translation>A value is empty</translation>
    </message>
    <message>
        <source>The device wrote its “no data” code instead of a reading</source>
        <translation>The device wrote its “no data” code instead of a reading</translation>
    </message>
    <message>
        <source>The value is impossible for what is measured</source>
        <translation>The value is impossible for what is measured</translation>
    </message>
    <message>
        <source>The value is too large to store; it was left out</source>
        <translation>The value is too large to store; it was left out</translation>
    </message>
    <message>
        <source>The sensor&apos;s two laser channels disagree</source>
        <translation>The sensor&apos;s two laser channels disagree</translation>
    </message>
    <message>
        <source>The GPX track has no point close enough in time to place the reading</source>
        <translation>The GPX track has no point close enough in time to place the reading</translation>
    </message>
    <message>
        <source>The local time happens twice (clocks were put back); the earlier one was taken</source>
        <translation>The local time happens twice (clocks were put back); the earlier one was taken</translation>
    </message>
    <message>
        <source>The measuring station marked the value as not to be used</source>
        <translation>The measuring station marked the value as not to be used</translation>
    </message>
    <message>
        <source>A record of the file cannot be read</source>
        <translation>A record of the file cannot be read</translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <translation>Unknown reason</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>Sensor.Community CSV</source>
        <translation>Sensor.Community CSV</translation>
    </message>
    <message>
        <source>PurpleAir CSV</source>
        <translation>PurpleAir CSV</translation>
    </message>
    <message>
        <source>Sensor.Community JSON</source>
        <translation>Sensor.Community JSON</translation>
    </message>
    <message>
        <source>AirGradient export</source>
        <translation>AirGradient export</translation>
    </message>
    <message>
        <source>Atmotube CSV</source>
        <translation>Atmotube CSV</translation>
    </message>
    <message>
        <source>AirKorea JSON</source>
        <translation>AirKorea JSON</translation>
    </message>
    <message>
        <source>Other CSV (my column mapping)</source>
        <translation>Other CSV (my column mapping)</translation>
    </message>
    <message>
        <source>PM1</source>
        <translation>PM1</translation>
    </message>
    <message>
        <source>PM2.5</source>
        <translation>PM2.5</translation>
    </message>
    <message>
        <source>PM4</source>
        <translation>PM4</translation>
    </message>
    <message>
        <source>PM10</source>
        <translation>PM10</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Humidity</source>
        <translation>Humidity</translation>
    </message>
    <message>
        <source>Air pressure</source>
        <translation>Air pressure</translation>
    </message>
    <message>
        <source>Air pressure at sea level</source>
        <translation>Air pressure at sea level</translation>
    </message>
    <message>
        <source>Noise (average)</source>
        <translation>Noise (average)</translation>
    </message>
    <message>
        <source>Noise (minimum)</source>
        <translation>Noise (minimum)</translation>
    </message>
    <message>
        <source>Noise (maximum)</source>
        <translation>Noise (maximum)</translation>
    </message>
    <message>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <source>Balgul does not recognise the columns of this file as an export it knows (Sensor.Community, PurpleAir, AirGradient, Atmotube, AirKorea).</source>
        <translation>Balgul does not recognise the columns of this file as an export it knows (Sensor.Community, PurpleAir, AirGradient, Atmotube, AirKorea).</translation>
    </message>
    <message>
        <source>The file lacks a column its format needs.</source>
        <translation>The file lacks a column its format needs.</translation>
    </message>
    <message>
        <source>The file lacks the column “%1” its format needs.</source>
        <translation>The file lacks the column “%1” its format needs.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>The file is empty: it has no header line.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Korean Windows text (CP949).</source>
        <translation>The file is neither UTF-8 nor Korean Windows text (CP949).</translation>
    </message>
    <message>
        <source>A line of the file is far too long to be a sensor reading.</source>
        <translation>A line of the file is far too long to be a sensor reading.</translation>
    </message>
    <message>
        <source>A quoted field is never closed.</source>
        <translation>A quoted field is never closed.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>The file is not valid JSON.</translation>
    </message>
    <message>
        <source>The JSON file does not have the shape of a sensor export Balgul knows.</source>
        <translation>The JSON file does not have the shape of a sensor export Balgul knows.</translation>
    </message>
    <message>
        <source>AirKorea answered with an error instead of readings.</source>
        <translation>AirKorea answered with an error instead of readings.</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>The file cannot be opened.</translation>
    </message>
    <message>
        <source>The GPX track is not valid XML.</source>
        <translation>The GPX track is not valid XML.</translation>
    </message>
    <message>
        <source>The track file is not a GPX file.</source>
        <translation>The track file is not a GPX file.</translation>
    </message>
    <message>
        <source>A point of the GPX track has no valid latitude or longitude.</source>
        <translation>A point of the GPX track has no valid latitude or longitude.</translation>
    </message>
    <message>
        <source>Balgul does not know this time zone. Write a name like Asia/Seoul or an offset like +09:00.</source>
        <translation>Balgul does not know this time zone. Write a name like Asia/Seoul or an offset like +09:00.</translation>
    </message>
    <message>
        <source>Balgul does not understand this time format.</source>
        <translation>Balgul does not understand this time format.</translation>
    </message>
    <message>
        <source>The times of this file carry their zone, or its format defines it: the time zone you chose does not apply.</source>
        <translation>The times of this file carry their zone, or its format defines it: the time zone you chose does not apply.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was stored.</source>
        <translation>The import was cancelled. Nothing was stored.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 with byte order mark</translation>
    </message>
    <message>
        <source>CP949 (Korean Windows)</source>
        <translation>CP949 (Korean Windows)</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>semicolon (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>comma (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>none (JSON)</source>
        <translation>none (JSON)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MergeProblemsCommand</name>
    <message>
        <source>Mark as duplicate</source>
        <translation>Mark as duplicate</translation>
    </message>
</context>
<context>
    <name>MyDataText</name>
    <message>
        <source> (“%1”, line %2)</source>
        <translation> (“%1”, line %2)</translation>
    </message>
    <message>
        <source> (“%1”)</source>
        <translation> (“%1”)</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <source>Places (GPX tracks)</source>
        <translation>Places (GPX tracks)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Heart rate</translation>
    </message>
    <message>
        <source>Walking distance</source>
        <translation>Walking distance</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>steps</translation>
    </message>
    <message>
        <source>beats a minute</source>
        <translation>beats a minute</translation>
    </message>
    <message>
        <source>therms</source>
        <translation>therms</translation>
    </message>
    <message>
        <source>track points</source>
        <translation>track points</translation>
    </message>
    <message>
        <source>Each reading as it is</source>
        <translation>Each reading as it is</translation>
    </message>
    <message>
        <source>One row per hour</source>
        <translation>One row per hour</translation>
    </message>
    <message>
        <source>One row per day</source>
        <translation>One row per day</translation>
    </message>
    <message>
        <source>One row per month</source>
        <translation>One row per month</translation>
    </message>
    <message>
        <source>Each reading leaves as it is, with its own time.</source>
        <translation>Each reading leaves as it is, with its own time.</translation>
    </message>
    <message>
        <source>They leave as one row per hour: the total (for heart rate, the average) and how many readings are behind it.</source>
        <translation>They leave as one row per hour: the total (for heart rate, the average) and how many readings are behind it.</translation>
    </message>
    <message>
        <source>They leave as one row per day: the total (for heart rate, the average) and how many readings are behind it.</source>
        <translation>They leave as one row per day: the total (for heart rate, the average) and how many readings are behind it.</translation>
    </message>
    <message>
        <source>They leave as one row per month: the total (for heart rate, the average) and how many readings are behind it.</source>
        <translation>They leave as one row per month: the total (for heart rate, the average) and how many readings are behind it.</translation>
    </message>
    <message>
        <source>No places</source>
        <translation>No places</translation>
    </message>
    <message>
        <source>Cells of 100 m</source>
        <translation>Cells of 100 m</translation>
    </message>
    <message>
        <source>Cells of 250 m</source>
        <translation>Cells of 250 m</translation>
    </message>
    <message>
        <source>Cells of 500 m</source>
        <translation>Cells of 500 m</translation>
    </message>
    <message>
        <source>Cells of 1 km</source>
        <translation>Cells of 1 km</translation>
    </message>
    <message>
        <source>Research and development</source>
        <translation>Research and development</translation>
    </message>
    <message>
        <source>Non-commercial research</source>
        <translation>Non-commercial research</translation>
    </message>
    <message>
        <source>Academic research</source>
        <translation>Academic research</translation>
    </message>
    <message>
        <source>Public benefit</source>
        <translation>Public benefit</translation>
    </message>
    <message>
        <source>Improving public services</source>
        <translation>Improving public services</translation>
    </message>
    <message>
        <source>Providing a service</source>
        <translation>Providing a service</translation>
    </message>
    <message>
        <source>This hub</source>
        <translation>This hub</translation>
    </message>
    <message>
        <source>The living lab</source>
        <translation>The living lab</translation>
    </message>
    <message>
        <source>A pilot team</source>
        <translation>A pilot team</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Not yet with the hub</source>
        <translation>Not yet with the hub</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 steps</translation>
    </message>
    <message>
        <source>%1 beats a minute</source>
        <translation>%1 beats a minute</translation>
    </message>
    <message>
        <source>Green Button</source>
        <translation>Green Button</translation>
    </message>
    <message>
        <source>Apple Health</source>
        <translation>Apple Health</translation>
    </message>
    <message>
        <source>GPX track</source>
        <translation>GPX track</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>The reading has no start time</source>
        <translation>The reading has no start time</translation>
    </message>
    <message>
        <source>The time cannot be read</source>
        <translation>The time cannot be read</translation>
    </message>
    <message>
        <source>The value is not a number</source>
        <translation>The value is not a number</translation>
    </message>
    <message>
        <source>The value is missing</source>
        <translation>The value is missing</translation>
    </message>
    <message>
        <source>The value is below zero, which it cannot be</source>
        <translation>The value is below zero, which it cannot be</translation>
    </message>
    <message>
        <source>The length of the reading cannot be used</source>
        <translation>The length of the reading cannot be used</translation>
    </message>
    <message>
        <source>A kind of record Balgul does not keep</source>
        <translation>A kind of record Balgul does not keep</translation>
    </message>
    <message>
        <source>A copy of a record that is read on its own</source>
        <translation>A copy of a record that is read on its own</translation>
    </message>
    <message>
        <source>A record inside another record</source>
        <translation>A record inside another record</translation>
    </message>
    <message>
        <source>A unit Balgul cannot convert</source>
        <translation>A unit Balgul cannot convert</translation>
    </message>
    <message>
        <source>A marked place, not a place passed on a track</source>
        <translation>A marked place, not a place passed on a track</translation>
    </message>
    <message>
        <source>The position is missing or impossible</source>
        <translation>The position is missing or impossible</translation>
    </message>
    <message>
        <source>The row is empty</source>
        <translation>The row is empty</translation>
    </message>
    <message>
        <source>The row has more or fewer fields than the header</source>
        <translation>The row has more or fewer fields than the header</translation>
    </message>
    <message>
        <source>The local time does not exist (the clocks jumped over it)</source>
        <translation>The local time does not exist (the clocks jumped over it)</translation>
    </message>
    <message>
        <source>Readings of another service or flow</source>
        <translation>Readings of another service or flow</translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <translation>Unknown reason</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>The passphrase is wrong. Check the keyboard layout and Caps Lock, and try again.</translation>
    </message>
    <message>
        <source>This profile has no vault yet.</source>
        <translation>This profile has no vault yet.</translation>
    </message>
    <message>
        <source>This profile already has a vault.</source>
        <translation>This profile already has a vault.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it with its passphrase first.</source>
        <translation>The vault is locked. Unlock it with its passphrase first.</translation>
    </message>
    <message>
        <source>A record in the vault cannot be read: it was damaged or altered outside Balgul. Nothing of it is shown or shared.</source>
        <translation>A record in the vault cannot be read: it was damaged or altered outside Balgul. Nothing of it is shown or shared.</translation>
    </message>
    <message>
        <source>The vault is already at least this hard to unlock.</source>
        <translation>The vault is already at least this hard to unlock.</translation>
    </message>
    <message>
        <source>The vault was changed in another window meanwhile. Lock it, unlock it again and try once more.</source>
        <translation>The vault was changed in another window meanwhile. Lock it, unlock it again and try once more.</translation>
    </message>
    <message>
        <source>This vault was made by a newer Balgul. Update Balgul to open it.</source>
        <translation>This vault was made by a newer Balgul. Update Balgul to open it.</translation>
    </message>
    <message>
        <source>There is not enough free memory to open the vault. Close other programs and try again.</source>
        <translation>There is not enough free memory to open the vault. Close other programs and try again.</translation>
    </message>
    <message>
        <source>The computer&apos;s encryption failed. Please try again.</source>
        <translation>The computer&apos;s encryption failed. Please try again.</translation>
    </message>
    <message>
        <source>Balgul cannot tell what this file holds%1. It reads Green Button downloads, Apple Health exports (export.xml), GPX tracks and CSV files.</source>
        <translation>Balgul cannot tell what this file holds%1. It reads Green Button downloads, Apple Health exports (export.xml), GPX tracks and CSV files.</translation>
    </message>
    <message>
        <source>The file cannot be opened%1.</source>
        <translation>The file cannot be opened%1.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML%1.</source>
        <translation>The file is not well-formed XML%1.</translation>
    </message>
    <message>
        <source>The file is not a Green Button download%1.</source>
        <translation>The file is not a Green Button download%1.</translation>
    </message>
    <message>
        <source>The file is not an Apple Health export (export.xml)%1.</source>
        <translation>The file is not an Apple Health export (export.xml)%1.</translation>
    </message>
    <message>
        <source>The file is not a GPX track%1.</source>
        <translation>The file is not a GPX track%1.</translation>
    </message>
    <message>
        <source>The CSV file has no header row%1.</source>
        <translation>The CSV file has no header row%1.</translation>
    </message>
    <message>
        <source>The CSV file has no column “%1”.</source>
        <translation>The CSV file has no column “%1”.</translation>
    </message>
    <message>
        <source>Choose which columns hold the time and the value, and the unit.</source>
        <translation>Choose which columns hold the time and the value, and the unit.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was stored.</source>
        <translation>Cancelled: nothing was stored.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Nothing was sent; try again later.</source>
        <translation>The hub cannot be reached. Nothing was sent; try again later.</translation>
    </message>
    <message>
        <source>The hub answers with another signing key than the one this profile trusts. Nothing was sent. Ask your hub&apos;s operator before going on.</source>
        <translation>The hub answers with another signing key than the one this profile trusts. Nothing was sent. Ask your hub&apos;s operator before going on.</translation>
    </message>
    <message>
        <source>The hub&apos;s signing key cannot be read. Nothing was sent.</source>
        <translation>The hub&apos;s signing key cannot be read. Nothing was sent.</translation>
    </message>
    <message>
        <source>The hub&apos;s erasure receipt did not verify against its signing key, so it was not kept. Ask your hub&apos;s operator.</source>
        <translation>The hub&apos;s erasure receipt did not verify against its signing key, so it was not kept. Ask your hub&apos;s operator.</translation>
    </message>
    <message>
        <source>This consent is not active, so nothing more leaves under it.</source>
        <translation>This consent is not active, so nothing more leaves under it.</translation>
    </message>
    <message>
        <source>It is no longer there.</source>
        <translation>It is no longer there.</translation>
    </message>
    <message>
        <source>the hub you sign in to</source>
        <translation>the hub you sign in to</translation>
    </message>
    <message>
        <source>the hub “%1”</source>
        <translation>the hub “%1”</translation>
    </message>
    <message>
        <source>the living lab behind the hub</source>
        <translation>the living lab behind the hub</translation>
    </message>
    <message>
        <source>the living lab “%1”</source>
        <translation>the living lab “%1”</translation>
    </message>
    <message>
        <source>a pilot team</source>
        <translation>a pilot team</translation>
    </message>
    <message>
        <source>the team of the pilot “%1”</source>
        <translation>the team of the pilot “%1”</translation>
    </message>
    <message>
        <source>(say in words what the rows are for)</source>
        <translation>(say in words what the rows are for)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Purpose: %1 — %2. The rows go to %3.</source>
        <translation>Purpose: %1 — %2. The rows go to %3.</translation>
    </message>
    <message>
        <source>Items: %1.</source>
        <translation>Items: %1.</translation>
    </message>
    <message>
        <source>Places leave only as the grid cell a track passed (%1) and how many points fell in it, never a position.</source>
        <translation>Places leave only as the grid cell a track passed (%1) and how many points fell in it, never a position.</translation>
    </message>
    <message>
        <source>Cells holding your home or the place you most often are at night are held back.</source>
        <translation>Cells holding your home or the place you most often are at night are held back.</translation>
    </message>
    <message>
        <source>A 1 km cell is coarse enough that your home cell is not held back.</source>
        <translation>A 1 km cell is coarse enough that your home cell is not held back.</translation>
    </message>
    <message>
        <source>No places are shared.</source>
        <translation>No places are shared.</translation>
    </message>
    <message numerus="yes">
        <source>Kept for %n day(s); sharing ends on %1 and the hub then erases every row. You can withdraw at any time: %2</source>
        <translation>
            <numerusform>Kept for %n day; sharing ends on %1 and the hub then erases every row. You can withdraw at any time: %2</numerusform>
            <numerusform>Kept for %n days; sharing ends on %1 and the hub then erases every row. You can withdraw at any time: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>You may refuse. If you do, the pilot gathers its evidence without your data; nothing else in Balgul changes.</source>
        <translation>You may refuse. If you do, the pilot gathers its evidence without your data; nothing else in Balgul changes.</translation>
    </message>
    <message>
        <source>You may refuse. If you do, nothing is shared and nothing else in Balgul changes.</source>
        <translation>You may refuse. If you do, nothing is shared and nothing else in Balgul changes.</translation>
    </message>
    <message>
        <source>Steps, heart rate and walking distance are health data, sensitive information under the Act: you are asked for them on their own, with the box below.</source>
        <translation>Steps, heart rate and walking distance are health data, sensitive information under the Act: you are asked for them on their own, with the box below.</translation>
    </message>
    <message>
        <source>Sign in to the hub first (Settings ▸ Preferences ▸ City hub).</source>
        <translation>Sign in to the hub first (Settings ▸ Preferences ▸ City hub).</translation>
    </message>
</context>
<context>
    <name>PilotStrings</name>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Voting</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>PM2.5</source>
        <translation>PM2.5</translation>
    </message>
    <message>
        <source>PM10</source>
        <translation>PM10</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Noise</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Problems filed</source>
        <translation>Problems filed</translation>
    </message>
    <message>
        <source>24 h mean</source>
        <translation>24 h mean</translation>
    </message>
    <message>
        <source>daily mean</source>
        <translation>daily mean</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>per week</translation>
    </message>
    <message>
        <source>decrease</source>
        <translation>decrease</translation>
    </message>
    <message>
        <source>increase</source>
        <translation>increase</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2, down %3 %</source>
        <extracomment>A pilot&apos;s goal, e.g. &quot;PM2.5, 24 h mean, down 10 %&quot;.</extracomment>
        <translation>%1, %2, down %3 %</translation>
    </message>
    <message>
        <source>%1, %2, up %3 %</source>
        <translation>%1, %2, up %3 %</translation>
    </message>
    <message>
        <source>₩%1</source>
        <extracomment>An amount of Korean won, e.g. &quot;₩30,000,000&quot;.</extracomment>
        <translation>₩%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A pilot&apos;s dates, from – to.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Refused by the hub: %1</source>
        <translation>Refused by the hub: %1</translation>
    </message>
</context>
<context>
    <name>PreviewText</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Time (this computer)</source>
        <translation>Time (this computer)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
</context>
<context>
    <name>RemoveCommentCommand</name>
    <message>
        <source>Delete comment “%1”</source>
        <translation>Delete comment “%1”</translation>
    </message>
</context>
<context>
    <name>RemoveEvidenceCommand</name>
    <message>
        <source>Remove sensor evidence “%1”</source>
        <translation>Remove sensor evidence “%1”</translation>
    </message>
</context>
<context>
    <name>RemovePhotoCommand</name>
    <message>
        <source>Remove photo %1</source>
        <translation>Remove photo %1</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>out of the city&apos;s remit</source>
        <translation>out of the city&apos;s remit</translation>
    </message>
    <message>
        <source>not reproducible</source>
        <translation>not reproducible</translation>
    </message>
    <message>
        <source>referred to another body</source>
        <translation>referred to another body</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SupportProblemCommand</name>
    <message>
        <source>Support “%1”</source>
        <translation>Support “%1”</translation>
    </message>
    <message>
        <source>Withdraw support for “%1”</source>
        <translation>Withdraw support for “%1”</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>the hub cannot be reached</source>
        <translation>the hub cannot be reached</translation>
    </message>
    <message>
        <source>the hub no longer accepts the sign-in; please sign in again</source>
        <translation>the hub no longer accepts the sign-in; please sign in again</translation>
    </message>
    <message>
        <source>the hub does not allow this account to sync</source>
        <translation>the hub does not allow this account to sync</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>the problems on this computer could not be updated (%1)</source>
        <translation>the problems on this computer could not be updated (%1)</translation>
    </message>
    <message>
        <source>The login name or password is wrong.</source>
        <translation>The login name or password is wrong.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Check the address and the network.</source>
        <translation>The hub cannot be reached. Check the address and the network.</translation>
    </message>
    <message>
        <source>The hub address is not valid.</source>
        <translation>The hub address is not valid.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Signing in failed: %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Shared with the hub.</source>
        <translation>Shared with the hub.</translation>
    </message>
    <message>
        <source>Only on this computer (no hub yet).</source>
        <translation>Only on this computer (no hub yet).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent to the hub.</source>
        <translation>
            <numerusform>%n change waiting to be sent to the hub.</numerusform>
            <numerusform>%n changes waiting to be sent to the hub.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the hub; waiting for its answer.</source>
        <translation>Sent to the hub; waiting for its answer.</translation>
    </message>
    <message>
        <source>Someone changed this problem differently on the hub. Choose which values to keep.</source>
        <translation>Someone changed this problem differently on the hub. Choose which values to keep.</translation>
    </message>
    <message>
        <source>The hub refused a change: %1</source>
        <translation>The hub refused a change: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The invite code is not valid: it may be mistyped, used up or expired. Ask your group&apos;s coordinator for a new one.</source>
        <translation>The invite code is not valid: it may be mistyped, used up or expired. Ask your group&apos;s coordinator for a new one.</translation>
    </message>
    <message>
        <source>This login name is taken on the hub. Choose another one, or leave the invite code empty to sign in to your existing account.</source>
        <translation>This login name is taken on the hub. Choose another one, or leave the invite code empty to sign in to your existing account.</translation>
    </message>
    <message>
        <source>This hub creates accounts only with an invite code.</source>
        <translation>This hub creates accounts only with an invite code.</translation>
    </message>
    <message>
        <source>The hub did not accept the account: %1</source>
        <translation>The hub did not accept the account: %1</translation>
    </message>
</context>
<context>
    <name>VotingStrings</name>
    <message>
        <source>“%1”</source>
        <extracomment>A pilot&apos;s name quoted inside a sentence.</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the names of pilots in a list.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>the round had closed</source>
        <translation>the round had closed</translation>
    </message>
    <message>
        <source>the round was not open yet</source>
        <translation>the round was not open yet</translation>
    </message>
    <message>
        <source>not in the round&apos;s group</source>
        <translation>not in the round&apos;s group</translation>
    </message>
    <message>
        <source>breaks the round&apos;s rules</source>
        <translation>breaks the round&apos;s rules</translation>
    </message>
    <message>
        <source>see the round</source>
        <translation>see the round</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <extracomment>A voting round that has not opened yet.</extracomment>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>A voting round taking ballots.</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>Choose one</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>Budget approval</source>
        <translation>Budget approval</translation>
    </message>
    <message>
        <source>Greedy</source>
        <translation>Greedy</translation>
    </message>
    <message>
        <source>Greedy without skipping</source>
        <translation>Greedy without skipping</translation>
    </message>
    <message>
        <source>Greedy with a minimum score</source>
        <translation>Greedy with a minimum score</translation>
    </message>
    <message>
        <source>Method of Equal Shares</source>
        <translation>Method of Equal Shares</translation>
    </message>
    <message>
        <source>Choose one pilot.</source>
        <translation>Choose one pilot.</translation>
    </message>
    <message numerus="yes">
        <source>Approve exactly %n pilot(s).</source>
        <translation>
            <numerusform>Approve exactly %n pilot.</numerusform>
            <numerusform>Approve exactly %n pilots.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve at least %1 and at most %2 pilots.</source>
        <translation>Approve at least %1 and at most %2 pilots.</translation>
    </message>
    <message numerus="yes">
        <source>Approve at least %n pilot(s).</source>
        <translation>
            <numerusform>Approve at least %n pilot.</numerusform>
            <numerusform>Approve at least %n pilots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve at most %n pilot(s).</source>
        <translation>
            <numerusform>Approve at most %n pilot.</numerusform>
            <numerusform>Approve at most %n pilots.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve as many pilots as you like.</source>
        <translation>Approve as many pilots as you like.</translation>
    </message>
    <message numerus="yes">
        <source>Share up to %n point(s) among the pilots.</source>
        <translation>
            <numerusform>Share up to %n point among the pilots.</numerusform>
            <numerusform>Share up to %n points among the pilots.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the pilots points.</source>
        <translation>Give the pilots points.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n point(s) on one pilot.</source>
        <translation>
            <numerusform>At most %n point on one pilot.</numerusform>
            <numerusform>At most %n points on one pilot.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve pilots that cost at most %1 in all.</source>
        <translation>Approve pilots that cost at most %1 in all.</translation>
    </message>
    <message>
        <source>The pilots with the most votes are chosen first; one that no longer fits the money left is skipped.</source>
        <translation>The pilots with the most votes are chosen first; one that no longer fits the money left is skipped.</translation>
    </message>
    <message>
        <source>The pilots with the most votes are chosen first, until the first one that does not fit the money left.</source>
        <translation>The pilots with the most votes are chosen first, until the first one that does not fit the money left.</translation>
    </message>
    <message numerus="yes">
        <source>Among the pilots with at least %Ln vote(s), those with the most are chosen first; one that no longer fits is skipped.</source>
        <translation>
            <numerusform>Among the pilots with at least %Ln vote, those with the most are chosen first; one that no longer fits is skipped.</numerusform>
            <numerusform>Among the pilots with at least %Ln votes, those with the most are chosen first; one that no longer fits is skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Method of Equal Shares: every voter holds an equal share of the budget, and a pilot is chosen when its supporters can pay for it between them.</source>
        <translation>Method of Equal Shares: every voter holds an equal share of the budget, and a pilot is chosen when its supporters can pay for it between them.</translation>
    </message>
    <message>
        <source>%1 is not a candidate in this round.</source>
        <translation>%1 is not a candidate in this round.</translation>
    </message>
    <message>
        <source>%1 is chosen twice.</source>
        <translation>%1 is chosen twice.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n pilot(s); you chose %1.</source>
        <extracomment>%n is the least number of pilots; %1 how many were chosen.</extracomment>
        <translation>
            <numerusform>Choose at least %n pilot; you chose %1.</numerusform>
            <numerusform>Choose at least %n pilots; you chose %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n pilot(s); you chose %1.</source>
        <extracomment>%n is the most pilots allowed; %1 how many were chosen.</extracomment>
        <translation>
            <numerusform>Choose at most %n pilot; you chose %1.</numerusform>
            <numerusform>Choose at most %n pilots; you chose %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose only one pilot; you chose %1.</source>
        <translation>Choose only one pilot; you chose %1.</translation>
    </message>
    <message>
        <source>Give %1 at least one point, or leave it out.</source>
        <translation>Give %1 at least one point, or leave it out.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n point(s) on one pilot; %1 has %2.</source>
        <translation>
            <numerusform>At most %n point on one pilot; %1 has %2.</numerusform>
            <numerusform>At most %n points on one pilot; %1 has %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n point(s) in all; you gave %1.</source>
        <translation>
            <numerusform>At most %n point in all; you gave %1.</numerusform>
            <numerusform>At most %n points in all; you gave %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen pilots cost %1; at most %2 may be chosen.</source>
        <translation>The chosen pilots cost %1; at most %2 may be chosen.</translation>
    </message>
    <message>
        <source>Selected: %1 left after it.</source>
        <translation>Selected: %1 left after it.</translation>
    </message>
    <message>
        <source>Skipped: %1 left, costs %2.</source>
        <translation>Skipped: %1 left, costs %2.</translation>
    </message>
    <message>
        <source>Not reached: the selection stopped at a pilot before it.</source>
        <translation>Not reached: the selection stopped at a pilot before it.</translation>
    </message>
    <message>
        <source>The selection stopped here: %1 left, costs %2.</source>
        <translation>The selection stopped here: %1 left, costs %2.</translation>
    </message>
    <message>
        <source>Below the minimum score: %L1 of %L2 needed.</source>
        <translation>Below the minimum score: %L1 of %L2 needed.</translation>
    </message>
    <message numerus="yes">
        <source>Selected: its %n supporter(s) paid %1 each.</source>
        <translation>
            <numerusform>Selected: its %n supporter paid %1.</numerusform>
            <numerusform>Selected: its %n supporters paid %1 each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected: its %n supporter(s) paid %1 to %2 each.</source>
        <translation>
            <numerusform>Selected: its %n supporter paid %1 to %2.</numerusform>
            <numerusform>Selected: its %n supporters paid %1 to %2 each.</numerusform>
        </translation>
    </message>
    <message>
        <source>(Chosen as the shares grew to spend the budget left.)</source>
        <translation>(Chosen as the shares grew to spend the budget left.)</translation>
    </message>
    <message>
        <source>Not selected: its supporters could not pay %1 between them.</source>
        <translation>Not selected: its supporters could not pay %1 between them.</translation>
    </message>
    <message>
        <source>Not selected: it costs %1, more than the whole budget of %2.</source>
        <translation>Not selected: it costs %1, more than the whole budget of %2.</translation>
    </message>
    <message>
        <source>Not selected: nobody chose it.</source>
        <translation>Not selected: nobody chose it.</translation>
    </message>
    <message>
        <source>broken by the lower cost, then the earlier pilot</source>
        <translation>broken by the lower cost, then the earlier pilot</translation>
    </message>
    <message>
        <source>broken by the lower cost</source>
        <translation>broken by the lower cost</translation>
    </message>
    <message>
        <source>broken by the earlier pilot</source>
        <translation>broken by the earlier pilot</translation>
    </message>
    <message>
        <source>Tie with %1, %2.</source>
        <extracomment>%1: the pilots with the same score; %2: how the tie was broken.</extracomment>
        <translation>Tie with %1, %2.</translation>
    </message>
    <message>
        <source>%1 would select the same.</source>
        <translation>%1 would select the same.</translation>
    </message>
    <message>
        <source>With %1: also %2.</source>
        <translation>With %1: also %2.</translation>
    </message>
    <message>
        <source>With %1: without %2.</source>
        <translation>With %1: without %2.</translation>
    </message>
    <message>
        <source>With %1: %2 instead of %3.</source>
        <extracomment>E.g. &quot;With Greedy: Quiet streets instead of Shade trees.&quot;</extracomment>
        <translation>With %1: %2 instead of %3.</translation>
    </message>
    <message>
        <source>You have not voted.</source>
        <translation>You have not voted.</translation>
    </message>
    <message>
        <source>Your ballot is waiting to be sent to the hub (with the next sync).</source>
        <translation>Your ballot is waiting to be sent to the hub (with the next sync).</translation>
    </message>
    <message>
        <source>Your new ballot is waiting to be sent to the hub; until then your earlier one counts.</source>
        <translation>Your new ballot is waiting to be sent to the hub; until then your earlier one counts.</translation>
    </message>
    <message>
        <source>Counted: the hub has your ballot.</source>
        <translation>Counted: the hub has your ballot.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Your earlier ballot still counts.</source>
        <translation>Your earlier ballot still counts.</translation>
    </message>
    <message>
        <source>The hub had not counted a ballot of yours in this round, so there is none to look for.</source>
        <translation>The hub had not counted a ballot of yours in this round, so there is none to look for.</translation>
    </message>
    <message>
        <source>Your receipt is not in the published list: your ballot was not counted as you cast it.</source>
        <translation>Your receipt is not in the published list: your ballot was not counted as you cast it.</translation>
    </message>
    <message>
        <source>Your receipt is in the published list, but with other choices than the ones you cast.</source>
        <translation>Your receipt is in the published list, but with other choices than the ones you cast.</translation>
    </message>
    <message>
        <source>Your ballot is in the published list, but its Merkle proof does not lead to the published root.</source>
        <translation>Your ballot is in the published list, but its Merkle proof does not lead to the published root.</translation>
    </message>
    <message>
        <source>Your ballot is in the published list with the choices you cast, and its Merkle proof holds.</source>
        <translation>Your ballot is in the published list with the choices you cast, and its Merkle proof holds.</translation>
    </message>
    <message numerus="yes">
        <source>The published tally follows from the %Ln published ballot(s).</source>
        <translation>
            <numerusform>The published tally follows from the %Ln published ballot.</numerusform>
            <numerusform>The published tally follows from the %Ln published ballots.</numerusform>
        </translation>
    </message>
    <message>
        <source>The published results do not add up:</source>
        <translation>The published results do not add up:</translation>
    </message>
    <message>
        <source>What this proves: your ballot was counted as you cast it, and the published tally follows from the published ballots by the round&apos;s rule. What it does not prove: that every listed ballot came from a different eligible resident. It does not hide how people voted from whoever runs the hub&apos;s database, and it is not coercion-resistant: anyone you show your ballot&apos;s secret can check how you voted. It suits a living lab&apos;s advisory choice, not a binding public election.</source>
        <translation>What this proves: your ballot was counted as you cast it, and the published tally follows from the published ballots by the round&apos;s rule. What it does not prove: that every listed ballot came from a different eligible resident. It does not hide how people voted from whoever runs the hub&apos;s database, and it is not coercion-resistant: anyone you show your ballot&apos;s secret can check how you voted. It suits a living lab&apos;s advisory choice, not a binding public election.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::AttachEvidenceDialog</name>
    <message>
        <source>Attach sensor evidence</source>
        <translation>Attach sensor evidence</translation>
    </message>
    <message>
        <source>These figures come from the readings stored now. The evidence keeps them with a fingerprint, so anyone can check later that the readings were not altered.</source>
        <translation>These figures come from the readings stored now. The evidence keeps them with a fingerprint, so anyone can check later that the readings were not altered.</translation>
    </message>
    <message>
        <source>Search problems…</source>
        <translation>Search problems…</translation>
    </message>
    <message>
        <source>e.g. Dust while the road works ran</source>
        <translation>e.g. Dust while the road works ran</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Attach</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>There are no usable readings in this time window. Choose a window with data.</source>
        <translation>There are no usable readings in this time window. Choose a window with data.</translation>
    </message>
    <message>
        <source>The time window is empty. Choose a window that ends after it starts.</source>
        <translation>The time window is empty. Choose a window that ends after it starts.</translation>
    </message>
    <message>
        <source>This sensor series is no longer stored.</source>
        <translation>This sensor series is no longer stored.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::BallotDialog</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>The budget bar: the chosen pilots&apos; cost of the budget.</extracomment>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 left to spend</source>
        <translation>%1 left to spend</translation>
    </message>
    <message>
        <source>%1 over the budget</source>
        <translation>%1 over the budget</translation>
    </message>
    <message>
        <source>%1 left; costs %2</source>
        <extracomment>Beside a pilot that does not fit the money left.</extracomment>
        <translation>%1 left; costs %2</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) left</source>
        <translation>
            <numerusform>%n point left</numerusform>
            <numerusform>%n points left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) too many</source>
        <translation>
            <numerusform>%n point too many</numerusform>
            <numerusform>%n points too many</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) given</source>
        <translation>
            <numerusform>%n point given</numerusform>
            <numerusform>%n points given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pilot(s) chosen</source>
        <translation>
            <numerusform>%n pilot chosen</numerusform>
            <numerusform>%n pilots chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote: %1</source>
        <translation>Vote: %1</translation>
    </message>
    <message>
        <source>Cast ballot</source>
        <translation>Cast ballot</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation>Change Passphrase</translation>
    </message>
    <message>
        <source>The records stay as they are; only the key that opens them is locked again under the new passphrase. A copy of this profile made earlier still opens with the old one.</source>
        <translation>The records stay as they are; only the key that opens them is locked again under the new passphrase. A copy of this profile made earlier still opens with the old one.</translation>
    </message>
    <message>
        <source>&amp;Present passphrase:</source>
        <translation>&amp;Present passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered.</source>
        <translation>A forgotten passphrase cannot be recovered.</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase</source>
        <translation>C&amp;hange Passphrase</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ConflictDialog</name>
    <message>
        <source>Settle changes</source>
        <translation>Settle changes</translation>
    </message>
    <message>
        <source>“%1” was changed here and, differently, on the hub. For each value, choose which one to keep.</source>
        <translation>“%1” was changed here and, differently, on the hub. For each value, choose which one to keep.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Hub&apos;s</source>
        <translation>Hub&apos;s</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ConsentsView</name>
    <message>
        <source>because the consent expired</source>
        <translation>because the consent expired</translation>
    </message>
    <message>
        <source>because you withdrew the consent</source>
        <translation>because you withdrew the consent</translation>
    </message>
    <message numerus="yes">
        <source>The hub erased %n row(s) on %1, %2.</source>
        <translation>
            <numerusform>The hub erased %n row on %1, %2.</numerusform>
            <numerusform>The hub erased %n rows on %1, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>By category: %1.</source>
        <translation>By category: %1.</translation>
    </message>
    <message>
        <source>Signature verified by the hub&apos;s key (key id %1).</source>
        <translation>Signature verified by the hub&apos;s key (key id %1).</translation>
    </message>
    <message>
        <source>An erasure receipt is kept, but no key of the hub is kept to check its signature with.</source>
        <translation>An erasure receipt is kept, but no key of the hub is kept to check its signature with.</translation>
    </message>
    <message>
        <source>The erasure receipt&apos;s signature does NOT verify against the hub&apos;s key: do not rely on it, and ask your hub&apos;s operator.</source>
        <translation>The erasure receipt&apos;s signature does NOT verify against the hub&apos;s key: do not rely on it, and ask your hub&apos;s operator.</translation>
    </message>
    <message>
        <source>Nothing of your vault has been shared. “Share…” shows exactly what would leave before you agree.</source>
        <translation>Nothing of your vault has been shared. “Share…” shows exactly what would leave before you agree.</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Share…</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>&amp;Export Kantara Receipt…</source>
        <translation>&amp;Export Kantara Receipt…</translation>
    </message>
    <message>
        <source>Share &amp;New Records</source>
        <translation>Share &amp;New Records</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>Consent receipt kept on %1 (Kantara Consent Receipt 1.1), for the consent %2.</source>
        <translation>Consent receipt kept on %1 (Kantara Consent Receipt 1.1), for the consent %2.</translation>
    </message>
    <message>
        <source>The hub has not taken this consent yet, so there is no receipt.</source>
        <translation>The hub has not taken this consent yet, so there is no receipt.</translation>
    </message>
    <message>
        <source>Export Kantara Receipt</source>
        <translation>Export Kantara Receipt</translation>
    </message>
    <message>
        <source>Consent receipts (*.json)</source>
        <translation>Consent receipts (*.json)</translation>
    </message>
    <message>
        <source>This consent has no receipt yet.</source>
        <translation>This consent has no receipt yet.</translation>
    </message>
    <message>
        <source>The receipt could not be written to “%1”: %2</source>
        <translation>The receipt could not be written to “%1”: %2</translation>
    </message>
    <message>
        <source>The consent receipt was written to “%1”.</source>
        <translation>The consent receipt was written to “%1”.</translation>
    </message>
    <message>
        <source>Withdraw Consent</source>
        <translation>Withdraw Consent</translation>
    </message>
    <message>
        <source>Withdraw your consent to share with %1? Nothing more leaves under it, and the hub erases every row it holds under it and gives a signed receipt of the erasure.</source>
        <translation>Withdraw your consent to share with %1? Nothing more leaves under it, and the hub erases every row it holds under it and gives a signed receipt of the erasure.</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Withdrawing…</translation>
    </message>
    <message>
        <source>The consent was not withdrawn: %1</source>
        <translation>The consent was not withdrawn: %1</translation>
    </message>
    <message>
        <source>Withdrawn. %1</source>
        <translation>Withdrawn. %1</translation>
    </message>
    <message>
        <source>Withdrawn. The hub never had this consent, so it held nothing to erase.</source>
        <translation>Withdrawn. The hub never had this consent, so it held nothing to erase.</translation>
    </message>
    <message>
        <source>Working out what is new…</source>
        <translation>Working out what is new…</translation>
    </message>
    <message>
        <source>Nothing new to share: the hub has every row of this consent already.</source>
        <translation>Nothing new to share: the hub has every row of this consent already.</translation>
    </message>
    <message>
        <source>Share New Records</source>
        <translation>Share New Records</translation>
    </message>
    <message numerus="yes">
        <source>%n new row(s) would leave under this consent. Send them?</source>
        <translation>
            <numerusform>%n new row would leave under this consent. Send it?</numerusform>
            <numerusform>%n new rows would leave under this consent. Send them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were sent.</source>
        <translation>
            <numerusform>%n row was sent.</numerusform>
            <numerusform>%n rows were sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation>Sending failed: %1</translation>
    </message>
</context>
<context>
    <name>balgul::ui::CreateVaultDialog</name>
    <message>
        <source>Create Vault</source>
        <translation>Create Vault</translation>
    </message>
    <message>
        <source>The vault keeps your personal records (electricity and gas use, tracks, steps, heart rate) encrypted on this computer. Nothing in it can be read without its passphrase.</source>
        <translation>The vault keeps your personal records (electricity and gas use, tracks, steps, heart rate) encrypted on this computer. Nothing in it can be read without its passphrase.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A forgotten passphrase cannot be recovered&lt;/b&gt;, by you, by Balgul or by anyone else: the records in the vault are lost with it. Keep it somewhere safe.</source>
        <translation>&lt;b&gt;A forgotten passphrase cannot be recovered&lt;/b&gt;, by you, by Balgul or by anyone else: the records in the vault are lost with it. Keep it somewhere safe.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>&amp;Create Vault</source>
        <translation>&amp;Create Vault</translation>
    </message>
</context>
<context>
    <name>balgul::ui::EvidenceCard</name>
    <message>
        <source>Sensor evidence</source>
        <translation>Sensor evidence</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Too few hours with data for a grade (at least 18 of every 24 h are needed)</source>
        <translation>Too few hours with data for a grade (at least 18 of every 24 h are needed)</translation>
    </message>
    <message>
        <source>Grade of the worst 24 h mean in the window: %1 %2 over %3 h</source>
        <translation>Grade of the worst 24 h mean in the window: %1 %2 over %3 h</translation>
    </message>
    <message>
        <source>Grade of the window&apos;s mean: %1 %2 over %3 h</source>
        <translation>Grade of the window&apos;s mean: %1 %2 over %3 h</translation>
    </message>
    <message>
        <source>Mean %1 %2</source>
        <translation>Mean %1 %2</translation>
    </message>
    <message>
        <source>Highest hourly mean %1 %2</source>
        <translation>Highest hourly mean %1 %2</translation>
    </message>
    <message>
        <source>Highest single reading: %1 %2</source>
        <translation>Highest single reading: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n h at “%1” or worse</source>
        <translation>
            <numerusform>%n h at “%1” or worse</numerusform>
            <numerusform>%n h at “%1” or worse</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage %1 of %2 h</source>
        <translation>Coverage %1 of %2 h</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) behind the figures</source>
        <translation>
            <numerusform>%n reading behind the figures</numerusform>
            <numerusform>%n readings behind the figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged reading(s) left out</source>
        <translation>
            <numerusform>%n flagged reading left out</numerusform>
            <numerusform>%n flagged readings left out</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of exactly the readings in this window:
%1</source>
        <translation>SHA-256 fingerprint of exactly the readings in this window:
%1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the whole fingerprint</source>
        <translation>Copy the whole fingerprint</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Compute the fingerprint again from the readings stored now</source>
        <translation>Compute the fingerprint again from the readings stored now</translation>
    </message>
    <message>
        <source>Remove this evidence from the problem</source>
        <translation>Remove this evidence from the problem</translation>
    </message>
    <message>
        <source>✓ unchanged</source>
        <translation>✓ unchanged</translation>
    </message>
    <message>
        <source>✗ readings changed since attached</source>
        <translation>✗ readings changed since attached</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>the sensor series is no longer stored, so nothing can be compared</source>
        <translation>the sensor series is no longer stored, so nothing can be compared</translation>
    </message>
    <message>
        <source>readings only %1–%2</source>
        <translation>readings only %1–%2</translation>
    </message>
</context>
<context>
    <name>balgul::ui::EvidenceCardList</name>
    <message>
        <source>Sensor evidence (%1)</source>
        <translation>Sensor evidence (%1)</translation>
    </message>
</context>
<context>
    <name>balgul::ui::FirstStartDialog</name>
    <message>
        <source>Welcome to Balgul</source>
        <translation>Welcome to Balgul</translation>
    </message>
    <message>
        <source>What name should others see on the problems and comments you write? When you sign in to your living lab&apos;s hub, your account&apos;s name is used instead. You can change this later in Preferences.</source>
        <translation>What name should others see on the problems and comments you write? When you sign in to your living lab&apos;s hub, your account&apos;s name is used instead. You can change this later in Preferences.</translation>
    </message>
    <message>
        <source>Your name, e.g. Kim Minji</source>
        <translation>Your name, e.g. Kim Minji</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <source>Write without a name for now</source>
        <translation>Write without a name for now</translation>
    </message>
</context>
<context>
    <name>balgul::ui::FlaggedReadingsModel</name>
    <message>
        <source>%1 (not counted)</source>
        <translation>%1 (not counted)</translation>
    </message>
    <message>
        <source>Counted in the statistics, with a warning</source>
        <translation>Counted in the statistics, with a warning</translation>
    </message>
    <message>
        <source>Kept as a record, never counted in the statistics</source>
        <translation>Kept as a record, never counted in the statistics</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Why flagged</source>
        <translation>Why flagged</translation>
    </message>
</context>
<context>
    <name>balgul::ui::FlaggedReadingsView</name>
    <message>
        <source>the device&apos;s no-data code</source>
        <translation>the device&apos;s no-data code</translation>
    </message>
    <message>
        <source>impossible value</source>
        <translation>impossible value</translation>
    </message>
    <message>
        <source>another reading at this time differs</source>
        <translation>another reading at this time differs</translation>
    </message>
    <message>
        <source>the two laser channels disagree</source>
        <translation>the two laser channels disagree</translation>
    </message>
    <message>
        <source>Double-click a reading to show it on the chart</source>
        <translation>Double-click a reading to show it on the chart</translation>
    </message>
    <message>
        <source>No flagged readings in this window</source>
        <translation>No flagged readings in this window</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged reading(s) in this window</source>
        <translation>
            <numerusform>%n flagged reading in this window</numerusform>
            <numerusform>%n flagged readings in this window</numerusform>
        </translation>
    </message>
    <message>
        <source>No flagged readings</source>
        <translation>No flagged readings</translation>
    </message>
</context>
<context>
    <name>balgul::ui::GenericMappingDialog</name>
    <message>
        <source>The file has no column “%1”.</source>
        <translation>The file has no column “%1”.</translation>
    </message>
    <message>
        <source>Balgul does not understand this time format. Choose one from the list or write a pattern with %Y %m %d %H %M %S.</source>
        <translation>Balgul does not understand this time format. Choose one from the list or write a pattern with %Y %m %d %H %M %S.</translation>
    </message>
    <message>
        <source>A unit does not fit what its column measures.</source>
        <translation>A unit does not fit what its column measures.</translation>
    </message>
    <message>
        <source>The unit of “%1” does not fit what it measures.</source>
        <translation>The unit of “%1” does not fit what it measures.</translation>
    </message>
    <message>
        <source>Balgul does not know this time zone. Write a name like Asia/Seoul or an offset like +09:00.</source>
        <translation>Balgul does not know this time zone. Write a name like Asia/Seoul or an offset like +09:00.</translation>
    </message>
    <message>
        <source>Choose the column that holds the time.</source>
        <translation>Choose the column that holds the time.</translation>
    </message>
    <message>
        <source>Choose at least one column with values.</source>
        <translation>Choose at least one column with values.</translation>
    </message>
    <message>
        <source>Choose both a latitude and a longitude column, or neither.</source>
        <translation>Choose both a latitude and a longitude column, or neither.</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>Columns of %1</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Preset name</translation>
    </message>
    <message>
        <source>&amp;Save as Preset</source>
        <translation>&amp;Save as Preset</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>semicolon (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>comma (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>point (1.5)</source>
        <translation>point (1.5)</translation>
    </message>
    <message>
        <source>comma (1,5)</source>
        <translation>comma (1,5)</translation>
    </message>
    <message>
        <source>Decimals:</source>
        <translation>Decimals:</translation>
    </message>
    <message>
        <source>Columns separated by:</source>
        <translation>Columns separated by:</translation>
    </message>
    <message>
        <source>Time &amp;column:</source>
        <translation>Time &amp;column:</translation>
    </message>
    <message>
        <source>ISO 8601 (2024-05-01T09:30:00)</source>
        <translation>ISO 8601 (2024-05-01T09:30:00)</translation>
    </message>
    <message>
        <source>Unix seconds (1714555800)</source>
        <translation>Unix seconds (1714555800)</translation>
    </message>
    <message>
        <source>Unix milliseconds (1714555800000)</source>
        <translation>Unix milliseconds (1714555800000)</translation>
    </message>
    <message>
        <source>Or write a pattern: %Y year, %m month, %d day, %H hour, %M minute, %S second</source>
        <translation>Or write a pattern: %Y year, %m month, %d day, %H hour, %M minute, %S second</translation>
    </message>
    <message>
        <source>Time &amp;format:</source>
        <translation>Time &amp;format:</translation>
    </message>
    <message>
        <source>The zone of times written without one: an IANA name or an offset like +09:00</source>
        <translation>The zone of times written without one: an IANA name or an offset like +09:00</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>Values and position</source>
        <translation>Values and position</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Unit in the file</source>
        <translation>Unit in the file</translation>
    </message>
    <message>
        <source>&amp;Latitude column:</source>
        <translation>&amp;Latitude column:</translation>
    </message>
    <message>
        <source>L&amp;ongitude column:</source>
        <translation>L&amp;ongitude column:</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>De&amp;vice:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>The file has no header line with column names.</source>
        <translation>The file has no header line with column names.</translation>
    </message>
    <message>
        <source>None of the first rows can be read this way: %1</source>
        <translation>None of the first rows can be read this way: %1</translation>
    </message>
    <message>
        <source>(choose a preset)</source>
        <translation>(choose a preset)</translation>
    </message>
    <message>
        <source>Give the preset a name first.</source>
        <translation>Give the preset a name first.</translation>
    </message>
    <message>
        <source>There is no preset “%1”.</source>
        <translation>There is no preset “%1”.</translation>
    </message>
    <message>
        <source>Unix seconds or ISO 8601, whichever each row has</source>
        <translation>Unix seconds or ISO 8601, whichever each row has</translation>
    </message>
</context>
<context>
    <name>balgul::ui::GradeColors</name>
    <message>
        <source>Good</source>
        <comment>Korean air quality grade 좋음</comment>
        <translation>Good</translation>
    </message>
    <message>
        <source>Moderate</source>
        <comment>Korean air quality grade 보통</comment>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Bad</source>
        <comment>Korean air quality grade 나쁨</comment>
        <translation>Bad</translation>
    </message>
    <message>
        <source>Very bad</source>
        <comment>Korean air quality grade 매우나쁨</comment>
        <translation>Very bad</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <comment>too few hours of data for a grade (자료 부족)</comment>
        <translation>Not enough data</translation>
    </message>
</context>
<context>
    <name>balgul::ui::GradeLegend</name>
    <message>
        <source>Air quality, 24 h mean</source>
        <translation>Air quality, 24 h mean</translation>
    </message>
    <message>
        <source>Shared through the hub</source>
        <translation>Shared through the hub</translation>
    </message>
</context>
<context>
    <name>balgul::ui::HubSettingsBox</name>
    <message>
        <source>City hub</source>
        <translation>City hub</translation>
    </message>
    <message>
        <source>e.g. https://hub.example.org</source>
        <translation>e.g. https://hub.example.org</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Sync automatically (after changes and every minute)</source>
        <translation>Sync automatically (after changes and every minute)</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>Hub &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Signed in to %1.</translation>
    </message>
    <message>
        <source>Not signed in. Problems stay on this computer until you sign in.</source>
        <translation>Not signed in. Problems stay on this computer until you sign in.</translation>
    </message>
    <message>
        <source>The hub address must start with https:// (or http:// in a test lab).</source>
        <translation>The hub address must start with https:// (or http:// in a test lab).</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Signed out. Problems stay on this computer until you sign in again.</source>
        <translation>Signed out. Problems stay on this computer until you sign in again.</translation>
    </message>
    <message>
        <source>only for a new account, e.g. K7QF-M2XD-9WPA-HT3C</source>
        <translation>only for a new account, e.g. K7QF-M2XD-9WPA-HT3C</translation>
    </message>
    <message>
        <source>Your group&apos;s coordinator gives new members an invite code. Leave it empty to sign in to an account you already have.</source>
        <translation>Your group&apos;s coordinator gives new members an invite code. Leave it empty to sign in to an account you already have.</translation>
    </message>
    <message>
        <source>&amp;Invite code:</source>
        <translation>&amp;Invite code:</translation>
    </message>
    <message>
        <source>Create account and sign in</source>
        <translation>Create account and sign in</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creating the account…</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ImportProgressDialog</name>
    <message>
        <source>Importing Problems</source>
        <translation>Importing Problems</translation>
    </message>
    <message>
        <source>Importing “%1”</source>
        <translation>Importing “%1”</translation>
    </message>
    <message>
        <source>Cancelling imports nothing: the problems stay exactly as they were.</source>
        <translation>Cancelling imports nothing: the problems stay exactly as they were.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Import</source>
        <translation>Ca&amp;ncel Import</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be imported.</source>
        <translation>Cancelling… nothing will be imported.</translation>
    </message>
    <message>
        <source>%1 features read. Indexing them for search…</source>
        <translation>%1 features read. Indexing them for search…</translation>
    </message>
    <message>
        <source>%1 features read (%2% of the file)</source>
        <translation>%1 features read (%2% of the file)</translation>
    </message>
</context>
<context>
    <name>balgul::ui::MainWindow</name>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>Zoom %1</translation>
    </message>
    <message>
        <source>Please wait until the import or export has finished.</source>
        <translation>Please wait until the import or export has finished.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no problems to show yet.</source>
        <translation>There are no problems to show yet.</translation>
    </message>
    <message>
        <source>The base map cannot be shown: %1 The plain map is used instead.</source>
        <translation>The base map cannot be shown: %1 The plain map is used instead.</translation>
    </message>
    <message>
        <source>&amp;Import GeoJSON…</source>
        <translation>&amp;Import GeoJSON…</translation>
    </message>
    <message>
        <source>Export &amp;GeoJSON…</source>
        <translation>Export &amp;GeoJSON…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Edit Problem…</source>
        <translation>&amp;Edit Problem…</translation>
    </message>
    <message>
        <source>&amp;Delete Problem</source>
        <translation>&amp;Delete Problem</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>Show &amp;All Problems</source>
        <translation>Show &amp;All Problems</translation>
    </message>
    <message>
        <source>&amp;My Position</source>
        <translation>&amp;My Position</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;About Balgul</source>
        <translation>&amp;About Balgul</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Problem &amp;List</source>
        <translation>Problem &amp;List</translation>
    </message>
    <message>
        <source>Problem &amp;Details</source>
        <translation>Problem &amp;Details</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>The new language is used the next time Balgul starts.</source>
        <translation>The new language is used the next time Balgul starts.</translation>
    </message>
    <message>
        <source>About Balgul</source>
        <translation>About Balgul</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Balgul %1&lt;/h3&gt;&lt;p&gt;Balgul (발굴, “discovery”) helps residents find, map and follow up the problems of their city — fine dust, energy, recycling, traffic, safety — together with their living lab.&lt;/p&gt;&lt;p&gt;Everything is kept on this computer and works without a network.&lt;/p&gt;&lt;p&gt;Map data © OpenStreetMap contributors.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Balgul %1&lt;/h3&gt;&lt;p&gt;Balgul (발굴, “discovery”) helps residents find, map and follow up the problems of their city — fine dust, energy, recycling, traffic, safety — together with their living lab.&lt;/p&gt;&lt;p&gt;Everything is kept on this computer and works without a network.&lt;/p&gt;&lt;p&gt;Map data © OpenStreetMap contributors.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add problem “%1”</source>
        <translation>Add problem “%1”</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>Added “%1”.</translation>
    </message>
    <message>
        <source>This problem no longer exists, so the changes could not be saved.</source>
        <translation>This problem no longer exists, so the changes could not be saved.</translation>
    </message>
    <message>
        <source>Edit problem “%1”</source>
        <translation>Edit problem “%1”</translation>
    </message>
    <message>
        <source>You now support “%1”. Thank you for not logging it twice.</source>
        <translation>You now support “%1”. Thank you for not logging it twice.</translation>
    </message>
    <message>
        <source>Delete problem</source>
        <translation>Delete problem</translation>
    </message>
    <message>
        <source>Delete “%1”? You can bring it back with Undo.</source>
        <translation>Delete “%1”? You can bring it back with Undo.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” could not be written: %2</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Import problems</translation>
    </message>
    <message>
        <source>GeoJSON files (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON files (*.geojson *.json);;All files (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>GeoJSON files (*.geojson)</source>
        <translation>GeoJSON files (*.geojson)</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>Export as GeoJSON</source>
        <translation>Export as GeoJSON</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”: %2</source>
        <translation>Nothing was imported from “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n problem(s) from “%1”.</source>
        <translation>
            <numerusform>Imported %n problem from “%1”.</numerusform>
            <numerusform>Imported %n problems from “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <source>Exported all problems to “%1”.</source>
        <translation>Exported all problems to “%1”.</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>S&amp;ync Now</translation>
    </message>
    <message>
        <source>Send your changes to the city hub and fetch your group&apos;s changes</source>
        <translation>Send your changes to the city hub and fetch your group&apos;s changes</translation>
    </message>
    <message>
        <source>&amp;Sensors</source>
        <translation>&amp;Sensors</translation>
    </message>
    <message>
        <source>Se&amp;nsors</source>
        <translation>Se&amp;nsors</translation>
    </message>
    <message>
        <source>Import &amp;Sensor File…</source>
        <translation>Import &amp;Sensor File…</translation>
    </message>
    <message>
        <source>Bring readings of your own sensor (fine dust, noise, temperature) into Balgul as evidence</source>
        <translation>Bring readings of your own sensor (fine dust, noise, temperature) into Balgul as evidence</translation>
    </message>
    <message>
        <source>Import Sensor File</source>
        <translation>Import Sensor File</translation>
    </message>
    <message>
        <source>Sensor files (*.csv *.json *.txt);;All files (*)</source>
        <translation>Sensor files (*.csv *.json *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Please wait until the current sensor import has finished.</source>
        <translation>Please wait until the current sensor import has finished.</translation>
    </message>
    <message>
        <source>Imported %1 readings from “%2”.</source>
        <translation>Imported %1 readings from “%2”.</translation>
    </message>
    <message>
        <source>One file at a time: “%1” is shown first; drop the others after it.</source>
        <translation>One file at a time: “%1” is shown first; drop the others after it.</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>Sensors</translation>
    </message>
    <message>
        <source>Sensor &amp;Stations</source>
        <translation>Sensor &amp;Stations</translation>
    </message>
    <message>
        <source>Show air-quality stations on the map, coloured by their 24 h grade</source>
        <translation>Show air-quality stations on the map, coloured by their 24 h grade</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The sensor evidence is attached to “%1”.</source>
        <translation>The sensor evidence is attached to “%1”.</translation>
    </message>
    <message>
        <source>Only its author or a coordinator can change “%1”. You can comment on it or say “me too”.</source>
        <translation>Only its author or a coordinator can change “%1”. You can comment on it or say “me too”.</translation>
    </message>
    <message>
        <source>Only its author or a coordinator can delete “%1”.</source>
        <translation>Only its author or a coordinator can delete “%1”.</translation>
    </message>
    <message>
        <source>&amp;Add Problem…</source>
        <translation>&amp;Add Problem…</translation>
    </message>
    <message>
        <source>Add a problem: click the map where it is (or press and hold)</source>
        <translation>Add a problem: click the map where it is (or press and hold)</translation>
    </message>
    <message>
        <source>Click the map where the problem is, or press Enter for the middle of the map</source>
        <translation>Click the map where the problem is, or press Enter for the middle of the map</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>Open the user guide</translation>
    </message>
    <message>
        <source>Looking for your position…</source>
        <translation>Looking for your position…</translation>
    </message>
    <message>
        <source>The map is drawn without tiles now. Settings ▸ Preferences brings the online map back.</source>
        <translation>The map is drawn without tiles now. Settings ▸ Preferences brings the online map back.</translation>
    </message>
    <message>
        <source>Choose an offline map</source>
        <translation>Choose an offline map</translation>
    </message>
    <message>
        <source>MBTiles map files (*.mbtiles);;All files (*)</source>
        <translation>MBTiles map files (*.mbtiles);;All files (*)</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Balgul. It is docs/user-guide.md in Balgul&apos;s source.</source>
        <translation>The user guide is not installed with this copy of Balgul. It is docs/user-guide.md in Balgul&apos;s source.</translation>
    </message>
    <message numerus="yes">
        <source>The list’s filters hide %n of them.</source>
        <translation>
            <numerusform>The list’s filters hide %n of them.</numerusform>
            <numerusform>The list’s filters hide %n of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Show them</translation>
    </message>
    <message>
        <source>The user guide “%1” cannot be read.</source>
        <translation>The user guide “%1” cannot be read.</translation>
    </message>
    <message>
        <source>The import of “%1” was cancelled: nothing was imported.</source>
        <translation>The import of “%1” was cancelled: nothing was imported.</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>&amp;Triage Queue</source>
        <translation>&amp;Triage Queue</translation>
    </message>
    <message>
        <source>&amp;Pilots</source>
        <translation>&amp;Pilots</translation>
    </message>
    <message>
        <source>P&amp;ilots</source>
        <translation>P&amp;ilots</translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation>Pilots</translation>
    </message>
    <message>
        <source>Pilot &amp;Zones</source>
        <translation>Pilot &amp;Zones</translation>
    </message>
    <message>
        <source>Show the pilots&apos; zones on the map, coloured by phase</source>
        <translation>Show the pilots&apos; zones on the map, coloured by phase</translation>
    </message>
    <message>
        <source>&amp;New Pilot…</source>
        <translation>&amp;New Pilot…</translation>
    </message>
    <message>
        <source>Make a pilot from the selected problem: a zone, dates and goals</source>
        <translation>Make a pilot from the selected problem: a zone, dates and goals</translation>
    </message>
    <message>
        <source>Pilot saved; it goes to the hub with the next sync.</source>
        <translation>Pilot saved; it goes to the hub with the next sync.</translation>
    </message>
    <message>
        <source>Drawing the zone: click to add vertices; Ctrl+Z undoes.</source>
        <translation>Drawing the zone: click to add vertices; Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>&amp;Voting</source>
        <translation>&amp;Voting</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Voting</translation>
    </message>
    <message>
        <source>Open a &amp;Voting Round…</source>
        <translation>Open a &amp;Voting Round…</translation>
    </message>
    <message>
        <source>Let residents choose between the pilots in the voting phase</source>
        <translation>Let residents choose between the pilots in the voting phase</translation>
    </message>
    <message>
        <source>The round is made; it goes to the hub with the next sync.</source>
        <translation>The round is made; it goes to the hub with the next sync.</translation>
    </message>
    <message>
        <source>Your ballot is cast; it goes to the hub with the next sync. Receipt: %1</source>
        <translation>Your ballot is cast; it goes to the hub with the next sync. Receipt: %1</translation>
    </message>
    <message>
        <source>Close “%1” now? No more ballots are taken, and the results are published once the hub has the change.</source>
        <translation>Close “%1” now? No more ballots are taken, and the results are published once the hub has the change.</translation>
    </message>
    <message>
        <source>Close Round</source>
        <translation>Close Round</translation>
    </message>
    <message>
        <source>The round is closed here; the hub closes it with the next sync.</source>
        <translation>The round is closed here; the hub closes it with the next sync.</translation>
    </message>
    <message>
        <source>My Data</source>
        <translation>My Data</translation>
    </message>
    <message>
        <source>&amp;My Data</source>
        <translation>&amp;My Data</translation>
    </message>
    <message>
        <source>Your own records in an encrypted vault, and what you share of them</source>
        <translation>Your own records in an encrypted vault, and what you share of them</translation>
    </message>
    <message>
        <source>&amp;Import My Data…</source>
        <translation>&amp;Import My Data…</translation>
    </message>
    <message>
        <source>&amp;Share My Data…</source>
        <translation>&amp;Share My Data…</translation>
    </message>
    <message>
        <source>&amp;Lock My Data</source>
        <translation>&amp;Lock My Data</translation>
    </message>
</context>
<context>
    <name>balgul::ui::MapBasemap</name>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>%1°N</source>
        <translation>%1°N</translation>
    </message>
    <message>
        <source>%1°S</source>
        <translation>%1°S</translation>
    </message>
    <message>
        <source>%1°E</source>
        <translation>%1°E</translation>
    </message>
    <message>
        <source>%1°W</source>
        <translation>%1°W</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>Zoom %1</translation>
    </message>
</context>
<context>
    <name>balgul::ui::MapMarkers</name>
    <message>
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
</context>
<context>
    <name>balgul::ui::MapView</name>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>This computer has no location service. Find the place on the map instead.</source>
        <translation>This computer has no location service. Find the place on the map instead.</translation>
    </message>
    <message>
        <source>Balgul may not use the location service. Allow it in the system settings, or find the place on the map.</source>
        <translation>Balgul may not use the location service. Allow it in the system settings, or find the place on the map.</translation>
    </message>
    <message>
        <source>The location service was closed.</source>
        <translation>The location service was closed.</translation>
    </message>
    <message>
        <source>The location service failed.</source>
        <translation>The location service failed.</translation>
    </message>
    <message>
        <source>Placing problems on the map…</source>
        <translation>Placing problems on the map…</translation>
    </message>
    <message numerus="yes">
        <source>No position was found within %n second(s). Check that the location service is on, or find the place on the map.</source>
        <translation>
            <numerusform>No position was found within %n second. Check that the location service is on, or find the place on the map.</numerusform>
            <numerusform>No position was found within %n seconds. Check that the location service is on, or find the place on the map.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click where the problem is (Enter: the middle of the map). Esc cancels.</source>
        <translation>Click where the problem is (Enter: the middle of the map). Esc cancels.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::MbtilesTileSource</name>
    <message>
        <source>No map pack file was given.</source>
        <translation>No map pack file was given.</translation>
    </message>
    <message>
        <source>The map pack “%1” does not exist.</source>
        <translation>The map pack “%1” does not exist.</translation>
    </message>
    <message>
        <source>The map pack “%1” cannot be read.</source>
        <translation>The map pack “%1” cannot be read.</translation>
    </message>
    <message>
        <source>The map pack “%1” cannot be opened: %2.</source>
        <translation>The map pack “%1” cannot be opened: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a map pack (it is not an SQLite file).</source>
        <translation>“%1” is not a map pack (it is not an SQLite file).</translation>
    </message>
    <message>
        <source>“%1” is not a map pack: it has no metadata table.</source>
        <translation>“%1” is not a map pack: it has no metadata table.</translation>
    </message>
    <message>
        <source>The map pack “%1” is damaged: %2.</source>
        <translation>The map pack “%1” is damaged: %2.</translation>
    </message>
    <message>
        <source>The map pack “%1” holds vector tiles; only image tiles (PNG, JPEG, WebP) can be shown.</source>
        <translation>The map pack “%1” holds vector tiles; only image tiles (PNG, JPEG, WebP) can be shown.</translation>
    </message>
    <message>
        <source>“%1” is not a map pack: it has no tiles table.</source>
        <translation>“%1” is not a map pack: it has no tiles table.</translation>
    </message>
    <message>
        <source>The map pack “%1” holds no tiles.</source>
        <translation>The map pack “%1” holds no tiles.</translation>
    </message>
    <message>
        <source>“%1” is not a map pack: it has no tiles table with zoom_level, tile_column, tile_row and tile_data.</source>
        <translation>“%1” is not a map pack: it has no tiles table with zoom_level, tile_column, tile_row and tile_data.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::MergeDialog</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Mark as duplicate</source>
        <translation>Mark as duplicate</translation>
    </message>
    <message>
        <source>“%1” says the same as the problem you choose below. It will be closed as a duplicate, and its comments and “me too”s move to the chosen problem.</source>
        <translation>“%1” says the same as the problem you choose below. It will be closed as a duplicate, and its comments and “me too”s move to the chosen problem.</translation>
    </message>
    <message>
        <source>Search by title…</source>
        <translation>Search by title…</translation>
    </message>
    <message>
        <source>No other problem matches.</source>
        <translation>No other problem matches.</translation>
    </message>
    <message>
        <source>Why are they the same? (everyone reads it)</source>
        <translation>Why are they the same? (everyone reads it)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>balgul::ui::MyDataPanel</name>
    <message numerus="yes">
        <source>after %n hour(s) without use</source>
        <translation>
            <numerusform>after %n hour without use</numerusform>
            <numerusform>after %n hours without use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n minute(s) without use</source>
        <translation>
            <numerusform>after %n minute without use</numerusform>
            <numerusform>after %n minutes without use</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>no times</source>
        <translation>no times</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>&amp;Lock Now</translation>
    </message>
    <message>
        <source>Your own records — household electricity and gas, GPX tracks, steps, heart rate — can be kept here in an encrypted vault. They stay on this computer: nothing of them leaves it unless you agree, per purpose and recipient, to share exactly the rows shown to you first.</source>
        <translation>Your own records — household electricity and gas, GPX tracks, steps, heart rate — can be kept here in an encrypted vault. They stay on this computer: nothing of them leaves it unless you agree, per purpose and recipient, to share exactly the rows shown to you first.</translation>
    </message>
    <message>
        <source>&amp;Create Vault…</source>
        <translation>&amp;Create Vault…</translation>
    </message>
    <message>
        <source>The vault is locked. Its records cannot be read without the passphrase.</source>
        <translation>The vault is locked. Its records cannot be read without the passphrase.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Records</translation>
    </message>
    <message>
        <source>S&amp;haring</source>
        <translation>S&amp;haring</translation>
    </message>
    <message>
        <source>For &amp;You</source>
        <translation>For &amp;You</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Readings</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Remove Import…</source>
        <translation>&amp;Remove Import…</translation>
    </message>
    <message>
        <source>Lock after this long &amp;without use:</source>
        <translation>Lock after this long &amp;without use:</translation>
    </message>
    <message>
        <source>Lock when Balgul has been in the &amp;background for a minute (as when the screen is locked)</source>
        <translation>Lock when Balgul has been in the &amp;background for a minute (as when the screen is locked)</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Use the &amp;Map&apos;s Centre</source>
        <translation>Use the &amp;Map&apos;s Centre</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Forget</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase…</source>
        <translation>C&amp;hange Passphrase…</translation>
    </message>
    <message>
        <source>&amp;Strengthen…</source>
        <translation>&amp;Strengthen…</translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered: the records are lost with it.</source>
        <translation>A forgotten passphrase cannot be recovered: the records are lost with it.</translation>
    </message>
    <message>
        <source>This system did not let Balgul keep the vault&apos;s key out of the swap file while it is unlocked. The vault works; lock it when you leave the computer.</source>
        <translation>This system did not let Balgul keep the vault&apos;s key out of the swap file while it is unlocked. The vault works; lock it when you leave the computer.</translation>
    </message>
    <message>
        <source>My Data</source>
        <translation>My Data</translation>
    </message>
    <message>
        <source>No vault yet</source>
        <translation>No vault yet</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Unlocked — locks %1</source>
        <translation>Unlocked — locks %1</translation>
    </message>
    <message>
        <source>Unlocked — does not lock by itself</source>
        <translation>Unlocked — does not lock by itself</translation>
    </message>
    <message>
        <source>(no report)</source>
        <translation>(no report)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the vault cannot be read: they were damaged or altered outside Balgul. They are never shown or shared.</source>
        <translation>
            <numerusform>%n record in the vault cannot be read: it was damaged or altered outside Balgul. It is never shown or shared.</numerusform>
            <numerusform>%n records in the vault cannot be read: they were damaged or altered outside Balgul. They are never shown or shared.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault is made and unlocked. Import your records into it.</source>
        <translation>The vault is made and unlocked. Import your records into it.</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>The passphrase is changed.</translation>
    </message>
    <message>
        <source>Import My Data</source>
        <translation>Import My Data</translation>
    </message>
    <message>
        <source>Personal records (*.xml *.gpx *.csv *.txt);;All files (*)</source>
        <translation>Personal records (*.xml *.gpx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Remove Import</source>
        <translation>Remove Import</translation>
    </message>
    <message>
        <source>Remove every record imported from “%1” from the vault? Rows already shared under a consent stay with their recipient until you withdraw it.</source>
        <translation>Remove every record imported from “%1” from the vault? Rows already shared under a consent stay with their recipient until you withdraw it.</translation>
    </message>
    <message>
        <source>The import&apos;s records are removed from the vault.</source>
        <translation>The import&apos;s records are removed from the vault.</translation>
    </message>
    <message>
        <source>Your home is kept in the vault (%1, %2). When places are shared on a grid finer than 1 km, the cell holding it is held back; the place itself never leaves.</source>
        <translation>Your home is kept in the vault (%1, %2). When places are shared on a grid finer than 1 km, the cell holding it is held back; the place itself never leaves.</translation>
    </message>
    <message>
        <source>Not given. Places shared on a grid finer than 1 km still hold back the cell where you most often are at night; centre the map on your home and keep it here to hold back its cell too.</source>
        <translation>Not given. Places shared on a grid finer than 1 km still hold back the cell where you most often are at night; centre the map on your home and keep it here to hold back its cell too.</translation>
    </message>
    <message>
        <source>The vault also locks when the screen locks (the desktop says so).</source>
        <translation>The vault also locks when the screen locks (the desktop says so).</translation>
    </message>
    <message>
        <source>This desktop does not say when the screen locks: the locks above keep the vault closed instead.</source>
        <translation>This desktop does not say when the screen locks: the locks above keep the vault closed instead.</translation>
    </message>
    <message>
        <source>The vault locked with the screen.</source>
        <translation>The vault locked with the screen.</translation>
    </message>
    <message>
        <source>Unlock My Data with your passphrase to go on.</source>
        <translation>Unlock My Data with your passphrase to go on.</translation>
    </message>
    <message>
        <source>My Data has no vault yet: make one with Create Vault… first.</source>
        <translation>My Data has no vault yet: make one with Create Vault… first.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::NewPassphraseFields</name>
    <message numerus="yes">
        <source>Too short: use at least %n character(s).</source>
        <translation>
            <numerusform>Too short: use at least %n character.</numerusform>
            <numerusform>Too short: use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Several unrelated words are easier to remember and harder to guess.</source>
        <translation>Weak: easy to guess. Several unrelated words are easier to remember and harder to guess.</translation>
    </message>
    <message>
        <source>Fair: a word or two more would make it strong.</source>
        <translation>Fair: a word or two more would make it strong.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s); a few unrelated words are best.</source>
        <translation>
            <numerusform>At least %n character; a few unrelated words are best.</numerusform>
            <numerusform>At least %n characters; a few unrelated words are best.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::OfflineMapBanner</name>
    <message>
        <source>Use the plain map</source>
        <translation>Use the plain map</translation>
    </message>
    <message>
        <source>A map of lines and degrees that needs no network</source>
        <translation>A map of lines and degrees that needs no network</translation>
    </message>
    <message>
        <source>Choose a map pack…</source>
        <translation>Choose a map pack…</translation>
    </message>
    <message>
        <source>An offline map file (MBTiles), for example one your living lab hands out</source>
        <translation>An offline map file (MBTiles), for example one your living lab hands out</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
    <message>
        <source>The map tiles cannot be loaded from %1: this computer seems to be offline. The map shows only what it loaded before.</source>
        <translation>The map tiles cannot be loaded from %1: this computer seems to be offline. The map shows only what it loaded before.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::PhotoPicker</name>
    <message>
        <source>“%1” cannot be found.</source>
        <translation>“%1” cannot be found.</translation>
    </message>
    <message>
        <source>“%1” is larger than 20 MB. Choose a smaller photo.</source>
        <translation>“%1” is larger than 20 MB. Choose a smaller photo.</translation>
    </message>
    <message>
        <source>“%1” is not a photo. Choose a JPEG, PNG, GIF or WebP picture.</source>
        <translation>“%1” is not a photo. Choose a JPEG, PNG, GIF or WebP picture.</translation>
    </message>
    <message>
        <source>“%1” looks damaged and cannot be shown.</source>
        <translation>“%1” looks damaged and cannot be shown.</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Add photo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)</translation>
    </message>
</context>
<context>
    <name>balgul::ui::PhotoStrip</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>This photo could not be shown. The file may be missing or damaged.</source>
        <translation>This photo could not be shown. The file may be missing or damaged.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::PilotDetail</name>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>During</source>
        <translation>During</translation>
    </message>
    <message>
        <source>In the zone</source>
        <translation>In the zone</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation>Outside</translation>
    </message>
    <message>
        <source>This pilot is no longer here.</source>
        <translation>This pilot is no longer here.</translation>
    </message>
    <message>
        <source>Pilot: %1</source>
        <translation>Pilot: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; · %3 · %4&lt;br&gt;%5 · made by %6</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; · %3 · %4&lt;br&gt;%5 · made by %6</translation>
    </message>
    <message numerus="yes">
        <source>a zone of %n polygon(s)</source>
        <translation>
            <numerusform>a zone of %n polygon</numerusform>
            <numerusform>a zone of %n polygons</numerusform>
        </translation>
    </message>
    <message>
        <source>Hypothesis: %1</source>
        <translation>Hypothesis: %1</translation>
    </message>
    <message>
        <source>Evaluated with the sensor evidence once the pilot runs.</source>
        <translation>Evaluated with the sensor evidence once the pilot runs.</translation>
    </message>
    <message>
        <source>Counts of problems are not evaluated yet; the sensor goals are.</source>
        <translation>Counts of problems are not evaluated yet; the sensor goals are.</translation>
    </message>
    <message>
        <source>The pilot has not started yet.</source>
        <translation>The pilot has not started yet.</translation>
    </message>
    <message>
        <source>The evidence could not be read.</source>
        <translation>The evidence could not be read.</translation>
    </message>
    <message>
        <source>(a problem not in this profile)</source>
        <translation>(a problem not in this profile)</translation>
    </message>
    <message>
        <source>%1 · %2: %3 → %4</source>
        <translation>%1 · %2: %3 → %4</translation>
    </message>
    <message>
        <source>%1 · %2: proposed</source>
        <translation>%1 · %2: proposed</translation>
    </message>
    <message>
        <source>(not yet sent to the hub)</source>
        <translation>(not yet sent to the hub)</translation>
    </message>
    <message numerus="yes">
        <source>%1: not enough data — %n station(s) with data inside the zone, 2 needed.</source>
        <translation>
            <numerusform>%1: not enough data — only %n station with data inside the zone, 2 needed.</numerusform>
            <numerusform>%1: not enough data — %n stations with data inside the zone, 2 needed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: not enough data — %n station(s) with data outside the zone, 2 needed.</source>
        <translation>
            <numerusform>%1: not enough data — only %n station with data outside the zone, 2 needed.</numerusform>
            <numerusform>%1: not enough data — %n stations with data outside the zone, 2 needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not enough data — inside the zone only %2 % of the hours have readings, 75 % needed.</source>
        <translation>%1: not enough data — inside the zone only %2 % of the hours have readings, 75 % needed.</translation>
    </message>
    <message>
        <source>%1: not enough data — outside the zone only %2 % of the hours have readings, 75 % needed.</source>
        <translation>%1: not enough data — outside the zone only %2 % of the hours have readings, 75 % needed.</translation>
    </message>
    <message>
        <source>%1: not enough data — the zone has no readings before the pilot to compare with.</source>
        <translation>%1: not enough data — the zone has no readings before the pilot to compare with.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>met, though the interval includes no change</source>
        <translation>met, though the interval includes no change</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>%1 in the zone changed %2 while it changed %3 outside: %4 against outside (95 % interval %5 to %6); %7 stations inside, %8 outside, %9 hours of data. Goal %10: %11.</source>
        <translation>%1 in the zone changed %2 while it changed %3 outside: %4 against outside (95 % interval %5 to %6); %7 stations inside, %8 outside, %9 hours of data. Goal %10: %11.</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Move to %1</translation>
    </message>
    <message>
        <source>A note for the pilot&apos;s history (what was decided, and why):</source>
        <translation>A note for the pilot&apos;s history (what was decided, and why):</translation>
    </message>
    <message>
        <source>Goals and evidence</source>
        <translation>Goals and evidence</translation>
    </message>
    <message>
        <source>Made from these problems</source>
        <translation>Made from these problems</translation>
    </message>
    <message>
        <source>History (newest first)</source>
        <translation>History (newest first)</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No testers yet.</source>
        <translation>No testers yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n tester(s): %1</source>
        <translation>
            <numerusform>%n tester: %1</numerusform>
            <numerusform>%n testers: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Join as tester</source>
        <translation>Join as tester</translation>
    </message>
    <message>
        <source>How is it going? Say what you saw, and when.</source>
        <translation>How is it going? Say what you saw, and when.</translation>
    </message>
    <message>
        <source>Join as tester to write feedback.</source>
        <translation>Join as tester to write feedback.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This pilot takes no more testers.</source>
        <translation>This pilot takes no more testers.</translation>
    </message>
    <message>
        <source>Join the pilot as a tester to write feedback.</source>
        <translation>Join the pilot as a tester to write feedback.</translation>
    </message>
    <message>
        <source>Write your feedback (at most 2,000 characters).</source>
        <translation>Write your feedback (at most 2,000 characters).</translation>
    </message>
    <message>
        <source>A rating is from 1 to 5.</source>
        <translation>A rating is from 1 to 5.</translation>
    </message>
    <message>
        <source>Testers and feedback</source>
        <translation>Testers and feedback</translation>
    </message>
    <message>
        <source>Add feedback</source>
        <translation>Add feedback</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>No rating</translation>
    </message>
    <message>
        <source>(refused by the hub)</source>
        <translation>(refused by the hub)</translation>
    </message>
</context>
<context>
    <name>balgul::ui::PilotEditor</name>
    <message>
        <source>Import a zone</source>
        <translation>Import a zone</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>(a problem not in this profile)</source>
        <translation>(a problem not in this profile)</translation>
    </message>
    <message>
        <source>%1 is too large for a zone (at most 16 MiB).</source>
        <translation>%1 is too large for a zone (at most 16 MiB).</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>The zone&apos;s outline crosses itself: fix it on the map.</source>
        <translation>The zone&apos;s outline crosses itself: fix it on the map.</translation>
    </message>
    <message>
        <source>Only a coordinator makes and changes pilots.</source>
        <translation>Only a coordinator makes and changes pilots.</translation>
    </message>
    <message>
        <source>A pilot cannot move to that phase from where it is.</source>
        <translation>A pilot cannot move to that phase from where it is.</translation>
    </message>
    <message>
        <source>Give the pilot a title (at most 200 characters).</source>
        <translation>Give the pilot a title (at most 200 characters).</translation>
    </message>
    <message>
        <source>A pilot is made from at least one problem of this profile; add one with “Add selected problem”.</source>
        <translation>A pilot is made from at least one problem of this profile; add one with “Add selected problem”.</translation>
    </message>
    <message>
        <source>Draw the zone on the map or import it from GeoJSON (1 to 50 polygons).</source>
        <translation>Draw the zone on the map or import it from GeoJSON (1 to 50 polygons).</translation>
    </message>
    <message>
        <source>Polygon %1 of the zone is not a proper outline: at least 3 vertices, not crossing itself.</source>
        <translation>Polygon %1 of the zone is not a proper outline: at least 3 vertices, not crossing itself.</translation>
    </message>
    <message>
        <source>Choose the day the pilot starts.</source>
        <translation>Choose the day the pilot starts.</translation>
    </message>
    <message>
        <source>A pilot runs for at most six months, ending on or after its start.</source>
        <translation>A pilot runs for at most six months, ending on or after its start.</translation>
    </message>
    <message>
        <source>Add at least one measurable goal.</source>
        <translation>Add at least one measurable goal.</translation>
    </message>
    <message>
        <source>Goal %1: a sensor quantity is a 24 h or daily mean, a count of problems goes by week and names a category, and a decrease is at most 100 %.</source>
        <translation>Goal %1: a sensor quantity is a 24 h or daily mean, a count of problems goes by week and names a category, and a decrease is at most 100 %.</translation>
    </message>
    <message>
        <source>The cost is a whole number of won.</source>
        <translation>The cost is a whole number of won.</translation>
    </message>
    <message>
        <source>Too long: a pilot starting %1 ends by %2 at the latest.</source>
        <translation>Too long: a pilot starting %1 ends by %2 at the latest.</translation>
    </message>
    <message>
        <source>Ends by %1 at the latest (six months).</source>
        <translation>Ends by %1 at the latest (six months).</translation>
    </message>
    <message>
        <source>No zone yet.</source>
        <translation>No zone yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n polygon(s), </source>
        <translation>
            <numerusform>%n polygon, </numerusform>
            <numerusform>%n polygons, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vertices</source>
        <translation>
            <numerusform>%n vertex</numerusform>
            <numerusform>%n vertices</numerusform>
        </translation>
    </message>
    <message>
        <source>Click the map to add vertices, drag one to move it, right-click one to remove it; Ctrl+Z undoes.</source>
        <translation>Click the map to add vertices, drag one to move it, right-click one to remove it; Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>New pilot</source>
        <translation>New pilot</translation>
    </message>
    <message>
        <source>Edit pilot</source>
        <translation>Edit pilot</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothesis</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>e.g. Clean-air streets around two schools</source>
        <translation>e.g. Clean-air streets around two schools</translation>
    </message>
    <message>
        <source>What should change, and why?</source>
        <translation>What should change, and why?</translation>
    </message>
    <message>
        <source>Add selected problem</source>
        <translation>Add selected problem</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Summed as</source>
        <translation>Summed as</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Target change</source>
        <translation>Target change</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Remove goal</translation>
    </message>
    <message>
        <source>Draw on map</source>
        <translation>Draw on map</translation>
    </message>
    <message>
        <source>Import GeoJSON…</source>
        <translation>Import GeoJSON…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>balgul::ui::PilotsPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No pilots yet. A coordinator makes one from problems: a zone on the map, up to six months, and measurable goals.</source>
        <translation>No pilots yet. A coordinator makes one from problems: a zone on the map, up to six months, and measurable goals.</translation>
    </message>
    <message numerus="yes">
        <source>%n pilot(s)</source>
        <translation>
            <numerusform>%n pilot</numerusform>
            <numerusform>%n pilots</numerusform>
        </translation>
    </message>
    <message>
        <source>New pilot…</source>
        <translation>New pilot…</translation>
    </message>
    <message>
        <source>Make a pilot from the selected problem: a zone on the map, dates and goals</source>
        <translation>Make a pilot from the selected problem: a zone on the map, dates and goals</translation>
    </message>
    <message>
        <source>Open a voting round…</source>
        <translation>Open a voting round…</translation>
    </message>
    <message>
        <source>Let residents choose between the pilots in the voting phase</source>
        <translation>Let residents choose between the pilots in the voting phase</translation>
    </message>
    <message>
        <source>Close “%1”…</source>
        <translation>Close “%1”…</translation>
    </message>
    <message>
        <source>Close a voting round</source>
        <translation>Close a voting round</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Stop taking ballots now; the hub publishes the results</source>
        <translation>Stop taking ballots now; the hub publishes the results</translation>
    </message>
    <message>
        <source>⚠ Refused by the hub</source>
        <translation>⚠ Refused by the hub</translation>
    </message>
</context>
<context>
    <name>balgul::ui::PrecisionOverlay</name>
    <message>
        <source>Your station&apos;s place: stays on this computer</source>
        <translation>Your station&apos;s place: stays on this computer</translation>
    </message>
    <message>
        <source>What others see: the centre of the cell</source>
        <translation>What others see: the centre of the cell</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ProblemDetailPanel</name>
    <message>
        <source>Select a problem on the map or in the list</source>
        <translation>Select a problem on the map or in the list</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Say that this problem affects you too</source>
        <translation>Say that this problem affects you too</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Write a comment…</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>No comments yet.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>Reported by %1 on %2</source>
        <translation>Reported by %1 on %2</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>changed %1</translation>
    </message>
    <message>
        <source>No address given</source>
        <translation>No address given</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>No description.</translation>
    </message>
    <message>
        <source>Me too · %1</source>
        <translation>Me too · %1</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Comments (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Please write a comment first.</source>
        <translation>Please write a comment first.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>Choose, field by field, between your values and the hub&apos;s</source>
        <translation>Choose, field by field, between your values and the hub&apos;s</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Stop showing the hub&apos;s refusal</source>
        <translation>Stop showing the hub&apos;s refusal</translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation>Save comment</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Use the hub&apos;s version</source>
        <translation>Use the hub&apos;s version</translation>
    </message>
    <message>
        <source>Put the problem back as it is on the hub</source>
        <translation>Put the problem back as it is on the hub</translation>
    </message>
    <message>
        <source>Keep as a comment</source>
        <translation>Keep as a comment</translation>
    </message>
    <message>
        <source>Add your change as a comment on the problem, which everyone may do, and put the problem back as it is on the hub</source>
        <translation>Add your change as a comment on the problem, which everyone may do, and put the problem back as it is on the hub</translation>
    </message>
    <message>
        <source>Only its author or a coordinator can change this problem.</source>
        <translation>Only its author or a coordinator can change this problem.</translation>
    </message>
    <message>
        <source>The hub refused your change. %1</source>
        <translation>The hub refused your change. %1</translation>
    </message>
    <message>
        <source>Your change: %1</source>
        <translation>Your change: %1</translation>
    </message>
    <message>
        <source>Suggested change: %1</source>
        <translation>Suggested change: %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Change your comment</source>
        <translation>Change your comment</translation>
    </message>
    <message>
        <source>Delete your comment (Edit ▸ Undo brings it back)</source>
        <translation>Delete your comment (Edit ▸ Undo brings it back)</translation>
    </message>
    <message>
        <source>Delete your comment</source>
        <translation>Delete your comment</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Set status…</source>
        <translation>Set status…</translation>
    </message>
    <message>
        <source>Mark as duplicate…</source>
        <translation>Mark as duplicate…</translation>
    </message>
    <message>
        <source>Close this problem as a duplicate of another; its comments and “me too”s move there</source>
        <translation>Close this problem as a duplicate of another; its comments and “me too”s move there</translation>
    </message>
    <message>
        <source>a problem not on this computer</source>
        <translation>a problem not on this computer</translation>
    </message>
    <message>
        <source>Duplicate of “%1”</source>
        <translation>Duplicate of “%1”</translation>
    </message>
    <message>
        <source>Show the problem this one was merged into</source>
        <translation>Show the problem this one was merged into</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ProblemEditor</name>
    <message>
        <source>New problem</source>
        <translation>New problem</translation>
    </message>
    <message>
        <source>Edit problem</source>
        <translation>Edit problem</translation>
    </message>
    <message>
        <source>What is the problem? For example: broken street light by the bus stop</source>
        <translation>What is the problem? For example: broken street light by the bus stop</translation>
    </message>
    <message>
        <source>What did you see, when, and who is affected?</source>
        <translation>What did you see, when, and who is affected?</translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation>Choose a category</translation>
    </message>
    <message>
        <source>Lat&amp;itude</source>
        <translation>Lat&amp;itude</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>L&amp;ongitude</translation>
    </message>
    <message>
        <source>Click the map to move the pin</source>
        <translation>Click the map to move the pin</translation>
    </message>
    <message>
        <source>Street address or a landmark (optional)</source>
        <translation>Street address or a landmark (optional)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Photos:</translation>
    </message>
    <message>
        <source>Give the problem a short title, for example “Broken street light by the bus stop”.</source>
        <translation>Give the problem a short title, for example “Broken street light by the bus stop”.</translation>
    </message>
    <message>
        <source>This must not be empty.</source>
        <translation>This must not be empty.</translation>
    </message>
    <message>
        <source>This is too long: please keep it to %1 characters or fewer.</source>
        <translation>This is too long: please keep it to %1 characters or fewer.</translation>
    </message>
    <message>
        <source>This text contains characters that cannot be saved.</source>
        <translation>This text contains characters that cannot be saved.</translation>
    </message>
    <message>
        <source>Choose the category that fits the problem best.</source>
        <translation>Choose the category that fits the problem best.</translation>
    </message>
    <message>
        <source>The latitude must be between -90 (South Pole) and 90 (North Pole).</source>
        <translation>The latitude must be between -90 (South Pole) and 90 (North Pole).</translation>
    </message>
    <message>
        <source>The longitude must be between -180 and 180.</source>
        <translation>The longitude must be between -180 and 180.</translation>
    </message>
    <message>
        <source>Latitude, e.g. %1</source>
        <translation>Latitude, e.g. %1</translation>
    </message>
    <message>
        <source>Longitude, e.g. %1</source>
        <translation>Longitude, e.g. %1</translation>
    </message>
    <message>
        <source>Save the problem (Ctrl+Enter)</source>
        <translation>Save the problem (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Only the problem&apos;s author may change this; only a coordinator its status.</source>
        <translation>Only the problem&apos;s author may change this; only a coordinator its status.</translation>
    </message>
    <message>
        <source>Only a coordinator may change a problem&apos;s status.</source>
        <translation>Only a coordinator may change a problem&apos;s status.</translation>
    </message>
    <message>
        <source>Discard this problem?</source>
        <translation>Discard this problem?</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Discard your changes?</translation>
    </message>
    <message>
        <source>What you typed for this problem will be lost.</source>
        <translation>What you typed for this problem will be lost.</translation>
    </message>
    <message>
        <source>Your changes to this problem will be lost.</source>
        <translation>Your changes to this problem will be lost.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Enter the latitude as a number, for example %1, or click the map.</source>
        <translation>Enter the latitude as a number, for example %1, or click the map.</translation>
    </message>
    <message>
        <source>Enter the longitude as a number, for example %1, or click the map.</source>
        <translation>Enter the longitude as a number, for example %1, or click the map.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ProblemListModel</name>
    <message numerus="yes">
        <source>%n resident(s) said “me too”</source>
        <translation>
            <numerusform>%n resident said “me too”</numerusform>
            <numerusform>%n residents said “me too”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Last changed %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Me too</source>
        <translation>Me too</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>How many residents said “me too”</source>
        <translation>How many residents said “me too”</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Where the problem stands with the city hub (empty: nothing waiting)</source>
        <translation>Where the problem stands with the city hub (empty: nothing waiting)</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ProblemListPanel</name>
    <message>
        <source>Search problems…</source>
        <translation>Search problems…</translation>
    </message>
    <message>
        <source>Only what the map shows</source>
        <translation>Only what the map shows</translation>
    </message>
    <message>
        <source>List only the problems inside the part of the map you see</source>
        <translation>List only the problems inside the part of the map you see</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only some categories</source>
        <translation>Show only some categories</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n status</numerusform>
            <numerusform>%n statuses</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only some statuses</source>
        <translation>Show only some statuses</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n problem(s)</source>
        <translation>
            <numerusform>%1 of %Ln problem</numerusform>
            <numerusform>%1 of %Ln problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Also list and map the problems a coordinator merged into another as duplicates</source>
        <translation>Also list and map the problems a coordinator merged into another as duplicates</translation>
    </message>
    <message>
        <source>Merged duplicates</source>
        <translation>Merged duplicates</translation>
    </message>
</context>
<context>
    <name>balgul::ui::RecommendationsView</name>
    <message numerus="yes">
        <source>Your usual route passes through its zone, %n day(s) a week</source>
        <translation>
            <numerusform>Your usual route passes through its zone, %n day a week</numerusform>
            <numerusform>Your usual route passes through its zone, %n days a week</numerusform>
        </translation>
    </message>
    <message>
        <source>Your route passed through its zone on %1 of the %2 days of your tracks</source>
        <translation>Your route passed through its zone on %1 of the %2 days of your tracks</translation>
    </message>
    <message numerus="yes">
        <source>On your usual route, %n day(s) a week</source>
        <translation>
            <numerusform>On your usual route, %n day a week</numerusform>
            <numerusform>On your usual route, %n days a week</numerusform>
        </translation>
    </message>
    <message>
        <source>On your route on %1 of the %2 days of your tracks</source>
        <translation>On your route on %1 of the %2 days of your tracks</translation>
    </message>
    <message>
        <source>%1, within %2 m</source>
        <translation>%1, within %2 m</translation>
    </message>
    <message numerus="yes">
        <source>Your household uses about %1 kWh of electricity a month, more than the %2 kWh reference for %n people</source>
        <translation>
            <numerusform>Your household uses about %1 kWh of electricity a month, more than the %2 kWh reference for a single person</numerusform>
            <numerusform>Your household uses about %1 kWh of electricity a month, more than the %2 kWh reference for %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Worked out on this computer from your tracks and your electricity use. Nothing about you leaves it.</source>
        <translation>Worked out on this computer from your tracks and your electricity use. Nothing about you leaves it.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Kept in the vault. Used only to compare your electricity use with a household of the same size.</source>
        <translation>Kept in the vault. Used only to compare your electricity use with a household of the same size.</translation>
    </message>
    <message>
        <source>People in your &amp;household:</source>
        <translation>People in your &amp;household:</translation>
    </message>
    <message>
        <source>Nothing to suggest yet. Import GPX tracks of where you go, or your electricity use with your household&apos;s size, and problems and pilots along your way show up here.</source>
        <translation>Nothing to suggest yet. Import GPX tracks of where you go, or your electricity use with your household&apos;s size, and problems and pilots along your way show up here.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Problem · %1</source>
        <translation>Problem · %1</translation>
    </message>
    <message>
        <source>Double-click to open the pilot</source>
        <translation>Double-click to open the pilot</translation>
    </message>
    <message>
        <source>Double-click to show the problem on the map</source>
        <translation>Double-click to show the problem on the map</translation>
    </message>
</context>
<context>
    <name>balgul::ui::RecordImportDialog</name>
    <message>
        <source>instant</source>
        <translation>instant</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Import My Data</source>
        <translation>Import My Data</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copy Report</translation>
    </message>
    <message>
        <source>&amp;Import into the Vault</source>
        <translation>&amp;Import into the Vault</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Columns of the CSV file</source>
        <translation>Columns of the CSV file</translation>
    </message>
    <message>
        <source>+09:00 (Korea)</source>
        <translation>+09:00 (Korea)</translation>
    </message>
    <message>
        <source>&amp;Time column:</source>
        <translation>&amp;Time column:</translation>
    </message>
    <message>
        <source>&amp;Value column:</source>
        <translation>&amp;Value column:</translation>
    </message>
    <message>
        <source>&amp;What it measures:</source>
        <translation>&amp;What it measures:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Times without a zone &amp;are in:</source>
        <translation>Times without a zone &amp;are in:</translation>
    </message>
    <message>
        <source>What will be stored in the vault</source>
        <translation>What will be stored in the vault</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Readings</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Start (this computer)</source>
        <translation>Start (this computer)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>The first readings, as they will be stored:</source>
        <translation>The first readings, as they will be stored:</translation>
    </message>
    <message>
        <source>What is skipped, and why</source>
        <translation>What is skipped, and why</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>First lines</source>
        <translation>First lines</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Personal records (*.xml *.gpx *.csv *.txt);;All files (*)</source>
        <translation>Personal records (*.xml *.gpx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Choose which columns hold the time and the value, what they measure and in which unit.</source>
        <translation>Choose which columns hold the time and the value, what they measure and in which unit.</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>no time</translation>
    </message>
    <message>
        <source>%1 of the file&apos;s %2 readings were stored in the vault; %3 skipped.</source>
        <translation>%1 of the file&apos;s %2 readings were stored in the vault; %3 skipped.</translation>
    </message>
    <message>
        <source>%1 of the file&apos;s %2 readings will be stored; %3 are skipped.</source>
        <translation>%1 of the file&apos;s %2 readings will be stored; %3 are skipped.</translation>
    </message>
    <message>
        <source>They cover %1 to %2.</source>
        <translation>They cover %1 to %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n track point(s) have no time: they are kept, but never shared.</source>
        <translation>
            <numerusform>%n track point has no time: it is kept, but never shared.</numerusform>
            <numerusform>%n track points have no time: they are kept, but never shared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) ran past midnight and were divided there.</source>
        <translation>
            <numerusform>%n reading ran past midnight and was divided there.</numerusform>
            <numerusform>%n readings ran past midnight and were divided there.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ca&amp;ncel Import</source>
        <translation>Ca&amp;ncel Import</translation>
    </message>
    <message>
        <source>Cancelling stores nothing: the vault stays exactly as it was.</source>
        <translation>Cancelling stores nothing: the vault stays exactly as it was.</translation>
    </message>
    <message>
        <source>Reading “%1” and sealing its records into the vault…</source>
        <translation>Reading “%1” and sealing its records into the vault…</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>%1: %2 (lines %3)</source>
        <translation>%1: %2 (lines %3)</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ResultsView</name>
    <message>
        <source>These results cannot be read: %1</source>
        <translation>These results cannot be read: %1</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message numerus="yes">
        <source>%n pilot(s) selected, costing %1 of the %2 budget, from %L3 ballots by the rule “%4”.</source>
        <translation>
            <numerusform>%n pilot selected, costing %1 of the %2 budget, from %L3 ballots by the rule “%4”.</numerusform>
            <numerusform>%n pilots selected, costing %1 of the %2 budget, from %L3 ballots by the rule “%4”.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Selected</source>
        <translation>✔ Selected</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No other rule to compare with.</source>
        <translation>No other rule to compare with.</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Under the other rules</source>
        <translation>Under the other rules</translation>
    </message>
    <message>
        <source>Verify my ballot</source>
        <translation>Verify my ballot</translation>
    </message>
    <message>
        <source>Look for your receipt in the published list, with the choices you cast, and check its Merkle proof</source>
        <translation>Look for your receipt in the published list, with the choices you cast, and check its Merkle proof</translation>
    </message>
    <message>
        <source>Verify the tally</source>
        <translation>Verify the tally</translation>
    </message>
    <message>
        <source>Count the published ballots again by the round&apos;s rule and check the Merkle root</source>
        <translation>Count the published ballots again by the round&apos;s rule and check the Merkle root</translation>
    </message>
</context>
<context>
    <name>balgul::ui::RoundDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Give the round a title.</source>
        <translation>Give the round a title.</translation>
    </message>
    <message>
        <source>No pilot is in the voting phase. Move the pilots to decide between to “Voting” on the Pilots board first.</source>
        <translation>No pilot is in the voting phase. Move the pilots to decide between to “Voting” on the Pilots board first.</translation>
    </message>
    <message>
        <source>Tick at least one pilot to vote on.</source>
        <translation>Tick at least one pilot to vote on.</translation>
    </message>
    <message>
        <source>The least number of pilots a ballot approves is more than the most.</source>
        <translation>The least number of pilots a ballot approves is more than the most.</translation>
    </message>
    <message>
        <source>A ballot cannot approve more pilots than the round has.</source>
        <translation>A ballot cannot approve more pilots than the round has.</translation>
    </message>
    <message>
        <source>The points on one pilot are more than the points in all.</source>
        <translation>The points on one pilot are more than the points in all.</translation>
    </message>
    <message>
        <source>Set a budget above %1.</source>
        <translation>Set a budget above %1.</translation>
    </message>
    <message>
        <source>The round must close after it opens.</source>
        <translation>The round must close after it opens.</translation>
    </message>
    <message>
        <source>The closing time has passed; choose a later one.</source>
        <translation>The closing time has passed; choose a later one.</translation>
    </message>
    <message>
        <source>The ticked pilots cost %1 in all.</source>
        <translation>The ticked pilots cost %1 in all.</translation>
    </message>
    <message>
        <source>Open a Voting Round</source>
        <translation>Open a Voting Round</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Pilots:</source>
        <translation>&amp;Pilots:</translation>
    </message>
    <message>
        <source>&amp;Ballot:</source>
        <translation>&amp;Ballot:</translation>
    </message>
    <message>
        <source>At &amp;least:</source>
        <translation>At &amp;least:</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>At &amp;most:</translation>
    </message>
    <message>
        <source>P&amp;oints in all:</source>
        <translation>P&amp;oints in all:</translation>
    </message>
    <message>
        <source>Points on o&amp;ne pilot:</source>
        <translation>Points on o&amp;ne pilot:</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Rule:</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>B&amp;udget:</translation>
    </message>
    <message>
        <source>Minimum &amp;score:</source>
        <translation>Minimum &amp;score:</translation>
    </message>
    <message>
        <source>Op&amp;ens:</source>
        <translation>Op&amp;ens:</translation>
    </message>
    <message>
        <source>&amp;Closes:</source>
        <translation>&amp;Closes:</translation>
    </message>
    <message>
        <source>e.g. Cleaner air near schools, spring 2026</source>
        <translation>e.g. Cleaner air near schools, spring 2026</translation>
    </message>
    <message>
        <source>no limit</source>
        <extracomment>A spin box&apos;s value 0: no limit.</extracomment>
        <translation>no limit</translation>
    </message>
    <message>
        <source> pilot(s)</source>
        <translation> pilot(s)</translation>
    </message>
    <message>
        <source> point(s)</source>
        <translation> point(s)</translation>
    </message>
    <message>
        <source> vote(s)</source>
        <translation> vote(s)</translation>
    </message>
    <message>
        <source>₩</source>
        <extracomment>Before the budget amount in its spin box.</extracomment>
        <translation>₩</translation>
    </message>
    <message>
        <source>Open round</source>
        <translation>Open round</translation>
    </message>
    <message>
        <source>Enter the invite&apos;s id as the hub&apos;s operator gave it: eight characters, 0–9 and a–f.</source>
        <translation>Enter the invite&apos;s id as the hub&apos;s operator gave it: eight characters, 0–9 and a–f.</translation>
    </message>
    <message>
        <source>Who may &amp;vote:</source>
        <translation>Who may &amp;vote:</translation>
    </message>
    <message>
        <source>Every resident</source>
        <translation>Every resident</translation>
    </message>
    <message>
        <source>Those who joined with the invite</source>
        <translation>Those who joined with the invite</translation>
    </message>
    <message>
        <source>invite id, e.g. 3f2a9c1b</source>
        <extracomment>An invite&apos;s id as `balgul-hub invite list` shows it.</extracomment>
        <translation>invite id, e.g. 3f2a9c1b</translation>
    </message>
</context>
<context>
    <name>balgul::ui::SensorChartView</name>
    <message>
        <source>Readings</source>
        <translation>Readings</translation>
    </message>
    <message>
        <source>Days with too few hours</source>
        <translation>Days with too few hours</translation>
    </message>
    <message>
        <source>Flagged readings</source>
        <translation>Flagged readings</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>WHO guideline %1</source>
        <translation>WHO guideline %1</translation>
    </message>
    <message>
        <source>WHO IT-%1 %2</source>
        <translation>WHO IT-%1 %2</translation>
    </message>
    <message>
        <source>Daily means</source>
        <translation>Daily means</translation>
    </message>
    <message>
        <source>Hourly means</source>
        <translation>Hourly means</translation>
    </message>
    <message>
        <source>%1 (UTC day): %2 %3, %4 of 24 hours with data</source>
        <translation>%1 (UTC day): %2 %3, %4 of 24 hours with data</translation>
    </message>
    <message>
        <source>%1: hourly mean %2 %3</source>
        <translation>%1: hourly mean %2 %3</translation>
    </message>
</context>
<context>
    <name>balgul::ui::SensorImportDialog</name>
    <message>
        <source>ISO 8601 date and time</source>
        <translation>ISO 8601 date and time</translation>
    </message>
    <message>
        <source>seconds since 1970 (Unix time)</source>
        <translation>seconds since 1970 (Unix time)</translation>
    </message>
    <message>
        <source>milliseconds since 1970 (Unix time)</source>
        <translation>milliseconds since 1970 (Unix time)</translation>
    </message>
    <message>
        <source>Import Sensor File</source>
        <translation>Import Sensor File</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copy Report</translation>
    </message>
    <message>
        <source>A sensor file (CSV or JSON)</source>
        <translation>A sensor file (CSV or JSON)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Set Up &amp;Columns…</source>
        <translation>Set Up &amp;Columns…</translation>
    </message>
    <message>
        <source>Say which column holds the time and which hold values</source>
        <translation>Say which column holds the time and which hold values</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Stored unit</source>
        <translation>Stored unit</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>First Rows as Read</source>
        <translation>First Rows as Read</translation>
    </message>
    <message>
        <source>Column Mapping</source>
        <translation>Column Mapping</translation>
    </message>
    <message>
        <source>First Rows in the File</source>
        <translation>First Rows in the File</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>e.g. Balcony sensor</source>
        <translation>e.g. Balcony sensor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The zone of times written without one (Atmotube files). An IANA name like Asia/Seoul or an offset like +09:00.</source>
        <translation>The zone of times written without one (Atmotube files). An IANA name like Asia/Seoul or an offset like +09:00.</translation>
    </message>
    <message>
        <source>Local &amp;times are in:</source>
        <translation>Local &amp;times are in:</translation>
    </message>
    <message>
        <source>Fixed &amp;location</source>
        <translation>Fixed &amp;location</translation>
    </message>
    <message>
        <source>Where a stationary sensor stands, when the file does not say</source>
        <translation>Where a stationary sensor stands, when the file does not say</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>Latitude:</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>Longitude:</translation>
    </message>
    <message>
        <source>&amp;Mobile sensing: positions from a GPX track</source>
        <translation>&amp;Mobile sensing: positions from a GPX track</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>Track:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A reading farther in time than this from the track gets no position</source>
        <translation>A reading farther in time than this from the track gets no position</translation>
    </message>
    <message>
        <source>Largest gap:</source>
        <translation>Largest gap:</translation>
    </message>
    <message>
        <source>Sensor files (*.csv *.json *.txt);;All files (*)</source>
        <translation>Sensor files (*.csv *.json *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>GPX Track</source>
        <translation>GPX Track</translation>
    </message>
    <message>
        <source>GPX tracks (*.gpx);;All files (*)</source>
        <translation>GPX tracks (*.gpx);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a sensor file to import.</source>
        <translation>Choose a sensor file to import.</translation>
    </message>
    <message>
        <source>Set up the columns of this file first: which one holds the time and which hold values.</source>
        <translation>Set up the columns of this file first: which one holds the time and which hold values.</translation>
    </message>
    <message>
        <source>Choose “Set Up Columns…” to say which column holds what.</source>
        <translation>Choose “Set Up Columns…” to say which column holds what.</translation>
    </message>
    <message>
        <source>Format: %1 · Encoding: %2 · Separator: %3</source>
        <translation>Format: %1 · Encoding: %2 · Separator: %3</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (detected)</translation>
    </message>
    <message>
        <source>Time: column “%1”, %2</source>
        <translation>Time: column “%1”, %2</translation>
    </message>
    <message>
        <source>%1 (mean of the channels)</source>
        <translation>%1 (mean of the channels)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Import</source>
        <translation>Ca&amp;ncel Import</translation>
    </message>
    <message>
        <source>Cancelling stores nothing: the data file stays exactly as it was.</source>
        <translation>Cancelling stores nothing: the data file stays exactly as it was.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>First lines</source>
        <translation>First lines</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>The GPX track “%1” could not be found.</source>
        <translation>The GPX track “%1” could not be found.</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importing “%1”…</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be stored.</source>
        <translation>Cancelling… nothing will be stored.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was stored.</source>
        <translation>The import was cancelled. Nothing was stored.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 rows read — %3 imported, %4 flagged, %5 skipped. %6 readings stored.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 rows read — %3 imported, %4 flagged, %5 skipped. %6 readings stored.</translation>
    </message>
    <message>
        <source>%1 positions stored.</source>
        <translation>%1 positions stored.</translation>
    </message>
    <message>
        <source>Every row was clean.</source>
        <translation>Every row was clean.</translation>
    </message>
    <message>
        <source>Flagged readings are kept but never enter statistics.</source>
        <translation>Flagged readings are kept but never enter statistics.</translation>
    </message>
    <message>
        <source>Sensor import of %1</source>
        <translation>Sensor import of %1</translation>
    </message>
    <message>
        <source>Format: %1 · Encoding: %2</source>
        <translation>Format: %1 · Encoding: %2</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Rows read: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>Flagged: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Skipped: %1</translation>
    </message>
    <message>
        <source>Readings stored: %1</source>
        <translation>Readings stored: %1</translation>
    </message>
    <message>
        <source>Positions stored: %1</source>
        <translation>Positions stored: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3 rows; first lines %4)</source>
        <translation>%1: %2 (%3 rows; first lines %4)</translation>
    </message>
    <message>
        <source>seconds since 1970 (Unix time) or ISO 8601 date and time</source>
        <translation>seconds since 1970 (Unix time) or ISO 8601 date and time</translation>
    </message>
    <message>
        <source>the pattern %1</source>
        <translation>the pattern %1</translation>
    </message>
</context>
<context>
    <name>balgul::ui::SensorPanel</name>
    <message>
        <source>Import sensor file…</source>
        <translation>Import sensor file…</translation>
    </message>
    <message>
        <source>Readings and hourly means</source>
        <translation>Readings and hourly means</translation>
    </message>
    <message>
        <source>Daily means</source>
        <translation>Daily means</translation>
    </message>
    <message>
        <source>WHO 2021 lines</source>
        <translation>WHO 2021 lines</translation>
    </message>
    <message>
        <source>Show the WHO 2021 24-hour guideline and interim targets</source>
        <translation>Show the WHO 2021 24-hour guideline and interim targets</translation>
    </message>
    <message>
        <source>Select window</source>
        <translation>Select window</translation>
    </message>
    <message>
        <source>Drag across the chart to select a time window (or Shift+drag at any time)</source>
        <translation>Drag across the chart to select a time window (or Shift+drag at any time)</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Reset zoom</translation>
    </message>
    <message>
        <source>Show all readings (Home). Wheel or drag to zoom, middle or Ctrl+drag to pan.</source>
        <translation>Show all readings (Home). Wheel or drag to zoom, middle or Ctrl+drag to pan.</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <source>Attach to problem…</source>
        <translation>Attach to problem…</translation>
    </message>
    <message>
        <source>Attach the selected window of these readings to a problem as evidence</source>
        <translation>Attach the selected window of these readings to a problem as evidence</translation>
    </message>
    <message>
        <source>No sensor readings yet.
Import a file from your own sensor (File ▸ Import Sensor File…, or drop it onto the window) to see its readings here.</source>
        <translation>No sensor readings yet.
Import a file from your own sensor (File ▸ Import Sensor File…, or drop it onto the window) to see its readings here.</translation>
    </message>
    <message>
        <source>Shift+drag across the chart (or use “Select window”) to see the statistics of a time window.</source>
        <translation>Shift+drag across the chart (or use “Select window”) to see the statistics of a time window.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1: no usable readings in this window.</source>
        <translation>%1: no usable readings in this window.</translation>
    </message>
    <message>
        <source>%1: mean %2 %3</source>
        <translation>%1: mean %2 %3</translation>
    </message>
    <message>
        <source>highest hourly mean %1 %2 (peak reading %3)</source>
        <translation>highest hourly mean %1 %2 (peak reading %3)</translation>
    </message>
    <message>
        <source>%1 of %2 hours with data</source>
        <translation>%1 of %2 hours with data</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) at “bad” or worse</source>
        <translation>
            <numerusform>%n hour at “bad” or worse</numerusform>
            <numerusform>%n hours at “bad” or worse</numerusform>
        </translation>
    </message>
    <message>
        <source>worst 24-hour mean %1 %2 (%3 hours with data)</source>
        <translation>worst 24-hour mean %1 %2 (%3 hours with data)</translation>
    </message>
    <message>
        <source>mean of the window %1 %2 (%3 hours with data)</source>
        <translation>mean of the window %1 %2 (%3 hours with data)</translation>
    </message>
    <message>
        <source>%1: grade %2, CAI %3, US AQI %4</source>
        <translation>%1: grade %2, CAI %3, US AQI %4</translation>
    </message>
    <message>
        <source>grade: %1 (a 24-hour grade needs %2 hours with data)</source>
        <translation>grade: %1 (a 24-hour grade needs %2 hours with data)</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged reading(s) not counted</source>
        <translation>
            <numerusform>%n flagged reading not counted</numerusform>
            <numerusform>%n flagged readings not counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the readings cover only %1 to %2 (%n minute(s))</source>
        <translation>
            <numerusform>the readings cover only %1 to %2 (%n minute)</numerusform>
            <numerusform>the readings cover only %1 to %2 (%n minutes)</numerusform>
        </translation>
    </message>
    <message>
        <source>the readings cover only %1 to %2</source>
        <translation>the readings cover only %1 to %2</translation>
    </message>
</context>
<context>
    <name>balgul::ui::SensorSeriesModel</name>
    <message>
        <source>%1 %2, sensor %3</source>
        <translation>%1 %2, sensor %3</translation>
    </message>
    <message>
        <source>No readings</source>
        <translation>No readings</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) from %1</source>
        <translation>
            <numerusform>%n reading from %1</numerusform>
            <numerusform>%n readings from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Readings</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>Time span</translation>
    </message>
</context>
<context>
    <name>balgul::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>A new language is used the next time Balgul starts.</source>
        <translation>A new language is used the next time Balgul starts.</translation>
    </message>
    <message>
        <source>Base map</source>
        <translation>Base map</translation>
    </message>
    <message>
        <source>OpenStreetMap (online)</source>
        <translation>OpenStreetMap (online)</translation>
    </message>
    <message>
        <source>A tile address with {z}, {x} and {y} in it</source>
        <translation>A tile address with {z}, {x} and {y} in it</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Offline map file (MBTiles)</source>
        <translation>Offline map file (MBTiles)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Plain map without tiles (no network, no file)</source>
        <translation>Plain map without tiles (no network, no file)</translation>
    </message>
    <message>
        <source>How others see you, e.g. Kim Minji</source>
        <translation>How others see you, e.g. Kim Minji</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>The tile address must start with https:// or http://.</source>
        <translation>The tile address must start with https:// or http://.</translation>
    </message>
    <message>
        <source>The tile address needs {z}, {x} and {y} where the zoom and tile numbers go.</source>
        <translation>The tile address needs {z}, {x} and {y} where the zoom and tile numbers go.</translation>
    </message>
    <message>
        <source>Choose the offline map file.</source>
        <translation>Choose the offline map file.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be found.</source>
        <translation>The file “%1” cannot be found.</translation>
    </message>
    <message>
        <source>Choose an offline map</source>
        <translation>Choose an offline map</translation>
    </message>
    <message>
        <source>MBTiles map files (*.mbtiles);;All files (*)</source>
        <translation>MBTiles map files (*.mbtiles);;All files (*)</translation>
    </message>
    <message>
        <source>While you are signed in to the hub, others see your account&apos;s name, “%1”. This name is used when you are not signed in.</source>
        <translation>While you are signed in to the hub, others see your account&apos;s name, “%1”. This name is used when you are not signed in.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ShareDialog</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Period (UTC)</source>
        <translation>Period (UTC)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the cell of your home are held back.</source>
        <translation>
            <numerusform>%n row in the cell of your home is held back.</numerusform>
            <numerusform>%n rows in the cell of your home are held back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the cell where you most often are at night are held back.</source>
        <translation>
            <numerusform>%n row in the cell where you most often are at night is held back.</numerusform>
            <numerusform>%n rows in the cell where you most often are at night are held back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track point(s) without a time stay here.</source>
        <translation>
            <numerusform>%n track point without a time stays here.</numerusform>
            <numerusform>%n track points without a time stay here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track point(s) with an impossible position stay here.</source>
        <translation>
            <numerusform>%n track point with an impossible position stays here.</numerusform>
            <numerusform>%n track points with an impossible position stay here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) that cannot be used stay here.</source>
        <translation>
            <numerusform>%n reading that cannot be used stays here.</numerusform>
            <numerusform>%n readings that cannot be used stay here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Share My Data</source>
        <translation>Share My Data</translation>
    </message>
    <message>
        <source>&amp;Agree and Share</source>
        <translation>&amp;Agree and Share</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>What the rows are for, as the recipient says it (e.g. “to compare households&apos; electricity use before and after the pilot”)</source>
        <translation>What the rows are for, as the recipient says it (e.g. “to compare households&apos; electricity use before and after the pilot”)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>In &amp;words:</source>
        <translation>In &amp;words:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>The &amp;living lab behind the hub</source>
        <translation>The &amp;living lab behind the hub</translation>
    </message>
    <message>
        <source>A &amp;pilot team:</source>
        <translation>A &amp;pilot team:</translation>
    </message>
    <message>
        <source>What, and how finely</source>
        <translation>What, and how finely</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Processing:</source>
        <translation>&amp;Processing:</translation>
    </message>
    <message>
        <source>Places as &amp;grid cells:</source>
        <translation>Places as &amp;grid cells:</translation>
    </message>
    <message>
        <source>&amp;Kept for:</source>
        <translation>&amp;Kept for:</translation>
    </message>
    <message>
        <source>What you agree to</source>
        <translation>What you agree to</translation>
    </message>
    <message>
        <source>I agree to share my &amp;health data (steps, heart rate, walking distance)</source>
        <translation>I agree to share my &amp;health data (steps, heart rate, walking distance)</translation>
    </message>
    <message>
        <source>What would leave this computer</source>
        <translation>What would leave this computer</translation>
    </message>
    <message>
        <source>&amp;This hub</source>
        <translation>&amp;This hub</translation>
    </message>
    <message>
        <source>&amp;This hub (%1)</source>
        <translation>&amp;This hub (%1)</translation>
    </message>
    <message>
        <source>The living lab of %1</source>
        <translation>The living lab of %1</translation>
    </message>
    <message>
        <source>In Balgul: My Data ▸ Sharing ▸ Withdraw. The hub then erases every row shared under this consent and signs a receipt of the erasure.</source>
        <translation>In Balgul: My Data ▸ Sharing ▸ Withdraw. The hub then erases every row shared under this consent and signs a receipt of the erasure.</translation>
    </message>
    <message>
        <source>Your vault holds nothing of this kind.</source>
        <translation>Your vault holds nothing of this kind.</translation>
    </message>
    <message>
        <source>Working out the rows…</source>
        <translation>Working out the rows…</translation>
    </message>
    <message>
        <source>1. %1</source>
        <translation>1. %1</translation>
    </message>
    <message>
        <source>2. %1</source>
        <translation>2. %1</translation>
    </message>
    <message>
        <source>Items: choose at least one category.</source>
        <translation>Items: choose at least one category.</translation>
    </message>
    <message>
        <source>3. %1</source>
        <translation>3. %1</translation>
    </message>
    <message>
        <source>4. %1</source>
        <translation>4. %1</translation>
    </message>
    <message>
        <source>Choose what to share to see the rows that would leave.</source>
        <translation>Choose what to share to see the rows that would leave.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exactly these %n row(s) would leave this computer, and nothing else: no record ids, file names or positions.</source>
        <translation>
            <numerusform>Exactly this %n row would leave this computer, and nothing else: no record ids, file names or positions.</numerusform>
            <numerusform>Exactly these %n rows would leave this computer, and nothing else: no record ids, file names or positions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is held back.</source>
        <translation>Nothing is held back.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were sent to %1 under your consent; the hub added %2 and replaced %3. The consent and its receipt are kept under My Data ▸ Sharing, where you can withdraw it.</source>
        <translation>
            <numerusform>%n row was sent to %1 under your consent; the hub added %2 and replaced %3. The consent and its receipt are kept under My Data ▸ Sharing, where you can withdraw it.</numerusform>
            <numerusform>%n rows were sent to %1 under your consent; the hub added %2 and replaced %3. The consent and its receipt are kept under My Data ▸ Sharing, where you can withdraw it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub has your consent, but sending the rows failed: %1 Try again from My Data ▸ Sharing.</source>
        <translation>The hub has your consent, but sending the rows failed: %1 Try again from My Data ▸ Sharing.</translation>
    </message>
    <message>
        <source>Nothing was shared: %1</source>
        <translation>Nothing was shared: %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Sign in to the hub first (Settings ▸ Preferences ▸ City hub): sharing needs an account. You can look at what would be shared meanwhile.</source>
        <translation>Sign in to the hub first (Settings ▸ Preferences ▸ City hub): sharing needs an account. You can look at what would be shared meanwhile.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::SimilarProblemsBox</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %3 · %n supporter(s)</source>
        <translation>
            <numerusform>%1 — %2, %3 · %n supporter</numerusform>
            <numerusform>%1 — %2, %3 · %n supporters</numerusform>
        </translation>
    </message>
    <message>
        <source>Support this instead</source>
        <translation>Support this instead</translation>
    </message>
    <message>
        <source>Add your support to this problem instead of logging a new one</source>
        <translation>Add your support to this problem instead of logging a new one</translation>
    </message>
    <message>
        <source>None so far. Problems of the same category or with a similar title near the place show here, so that you can support one instead of logging it twice.</source>
        <translation>None so far. Problems of the same category or with a similar title near the place show here, so that you can support one instead of logging it twice.</translation>
    </message>
    <message>
        <source>Similar problems within about 200 m</source>
        <translation>Similar problems within about 200 m</translation>
    </message>
    <message>
        <source>Similar problems within about 200 m (%1)</source>
        <translation>Similar problems within about 200 m (%1)</translation>
    </message>
</context>
<context>
    <name>balgul::ui::StationActions</name>
    <message>
        <source>The city hub could not be reached. Check the connection and try again.</source>
        <translation>The city hub could not be reached. Check the connection and try again.</translation>
    </message>
    <message>
        <source>The hub no longer accepts your sign-in. Sign in again in the preferences.</source>
        <translation>The hub no longer accepts your sign-in. Sign in again in the preferences.</translation>
    </message>
    <message>
        <source>The hub refused: this station belongs to someone else.</source>
        <translation>The hub refused: this station belongs to someone else.</translation>
    </message>
    <message>
        <source>This is another resident&apos;s station from the hub; only its owner can share it.</source>
        <translation>This is another resident&apos;s station from the hub; only its owner can share it.</translation>
    </message>
    <message>
        <source>A mobile device has no fixed place to show on the map, so it cannot be shared.</source>
        <translation>A mobile device has no fixed place to show on the map, so it cannot be shared.</translation>
    </message>
    <message>
        <source>The device has no location. Only a device with a fixed place can be shared.</source>
        <translation>The device has no location. Only a device with a fixed place can be shared.</translation>
    </message>
    <message>
        <source>The device has no readings to share yet.</source>
        <translation>The device has no readings to share yet.</translation>
    </message>
    <message>
        <source>This device is not shared.</source>
        <translation>This device is not shared.</translation>
    </message>
    <message>
        <source>This station is shared from this computer; it is already here.</source>
        <translation>This station is shared from this computer; it is already here.</translation>
    </message>
    <message>
        <source>This is one of your own devices, not a station from the hub.</source>
        <translation>This is one of your own devices, not a station from the hub.</translation>
    </message>
    <message>
        <source>Sign in to a city hub first (Settings ▸ Preferences).</source>
        <translation>Sign in to a city hub first (Settings ▸ Preferences).</translation>
    </message>
    <message>
        <source>S&amp;hare Station…</source>
        <translation>S&amp;hare Station…</translation>
    </message>
    <message>
        <source>Publish one of your sensor stations on the city hub, or stop sharing it</source>
        <translation>Publish one of your sensor stations on the city hub, or stop sharing it</translation>
    </message>
    <message>
        <source>Stations from the &amp;Hub…</source>
        <translation>Stations from the &amp;Hub…</translation>
    </message>
    <message>
        <source>See the stations other residents share and follow them on your map</source>
        <translation>See the stations other residents share and follow them on your map</translation>
    </message>
    <message>
        <source>&amp;Update Subscribed Stations</source>
        <translation>&amp;Update Subscribed Stations</translation>
    </message>
    <message>
        <source>Fetch the latest readings of the stations you follow</source>
        <translation>Fetch the latest readings of the stations you follow</translation>
    </message>
    <message>
        <source>Sign in to a city hub first (Settings ▸ Preferences)</source>
        <translation>Sign in to a city hub first (Settings ▸ Preferences)</translation>
    </message>
    <message>
        <source>The subscribed stations could not be updated: %1</source>
        <translation>The subscribed stations could not be updated: %1</translation>
    </message>
    <message>
        <source>You follow no stations yet (Sensors ▸ Stations from the Hub…).</source>
        <translation>You follow no stations yet (Sensors ▸ Stations from the Hub…).</translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n new reading(s) of the stations you follow.</source>
        <translation>
            <numerusform>Fetched %n new reading of the stations you follow.</numerusform>
            <numerusform>Fetched %n new readings of the stations you follow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s) are no longer shared on the hub; their readings stay here.</source>
        <translation>
            <numerusform>%n station is no longer shared on the hub; its readings stay here.</numerusform>
            <numerusform>%n stations are no longer shared on the hub; their readings stay here.</numerusform>
        </translation>
    </message>
    <message>
        <source>A station&apos;s place is published exact, or within 100 m, 500 m or 1 km.</source>
        <translation>A station&apos;s place is published exact, or within 100 m, 500 m or 1 km.</translation>
    </message>
    <message>
        <source>within 1 km</source>
        <translation>within 1 km</translation>
    </message>
    <message>
        <source>within 100 m</source>
        <translation>within 100 m</translation>
    </message>
    <message>
        <source>within 500 m</source>
        <translation>within 500 m</translation>
    </message>
    <message>
        <source>at its exact place</source>
        <translation>at its exact place</translation>
    </message>
    <message>
        <source>The hub now publishes your station %1 %2 instead of its exact place, to keep your home private. You can change this in Sensors ▸ Share Station.</source>
        <translation>The hub now publishes your station %1 %2 instead of its exact place, to keep your home private. You can change this in Sensors ▸ Share Station.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::StationLayer</name>
    <message>
        <source>no readings yet</source>
        <translation>no readings yet</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 24 h</source>
        <translation>%1 of 24 h</translation>
    </message>
    <message>
        <source>%1: no readings in the last 24 h</source>
        <translation>%1: no readings in the last 24 h</translation>
    </message>
    <message>
        <source>%1: %2 µg/m³ (24 h mean, %3) · %4</source>
        <translation>%1: %2 µg/m³ (24 h mean, %3) · %4</translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation>Grade: %1</translation>
    </message>
    <message>
        <source>Latest reading: %1</source>
        <translation>Latest reading: %1</translation>
    </message>
    <message>
        <source>Shared by another resident through the hub</source>
        <translation>Shared by another resident through the hub</translation>
    </message>
</context>
<context>
    <name>balgul::ui::StationShareDialog</name>
    <message>
        <source>Share Station</source>
        <translation>Share Station</translation>
    </message>
    <message>
        <source>Publish one of your sensor stations on the city hub. Everyone can see a shared station on the map with the readings you choose to send.</source>
        <translation>Publish one of your sensor stations on the city hub. Everyone can see a shared station on the map with the readings you choose to send.</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>&amp;Station:</translation>
    </message>
    <message>
        <source>What leaves this computer</source>
        <translation>What leaves this computer</translation>
    </message>
    <message>
        <source>Hourly &amp;means (recommended)</source>
        <translation>Hourly &amp;means (recommended)</translation>
    </message>
    <message>
        <source>One mean per hour is sent, with the number of readings behind it. Your exact reading times stay here.</source>
        <translation>One mean per hour is sent, with the number of readings behind it. Your exact reading times stay here.</translation>
    </message>
    <message>
        <source>&amp;Raw readings</source>
        <translation>&amp;Raw readings</translation>
    </message>
    <message>
        <source>Every usable reading is sent with its exact time.</source>
        <translation>Every usable reading is sent with its exact time.</translation>
    </message>
    <message>
        <source>Flagged readings (device error codes, impossible values, conflicting duplicates) never leave this computer.</source>
        <translation>Flagged readings (device error codes, impossible values, conflicting duplicates) never leave this computer.</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>What will be sent</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Share</translation>
    </message>
    <message>
        <source>S&amp;top Sharing</source>
        <translation>S&amp;top Sharing</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (shared)</translation>
    </message>
    <message>
        <source>None of your sensor devices has a fixed location. Import the file of a station (a Sensor.Community or PurpleAir export) first; mobile devices and stations from the hub cannot be shared.</source>
        <translation>None of your sensor devices has a fixed location. Import the file of a station (a Sensor.Community or PurpleAir export) first; mobile devices and stations from the hub cannot be shared.</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Nothing to send.</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 at %2, %3</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Shared now with raw readings.</source>
        <translation>Shared now with raw readings.</translation>
    </message>
    <message>
        <source>Shared now with hourly means.</source>
        <translation>Shared now with hourly means.</translation>
    </message>
    <message>
        <source>%1: no usable readings</source>
        <translation>%1: no usable readings</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hourly mean(s) of %2 readings, %3 – %4</source>
        <translation>
            <numerusform>%1: %n hourly mean of %2 readings, %3 – %4</numerusform>
            <numerusform>%1: %n hourly means of %2 readings, %3 – %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n reading(s), %2 – %3</source>
        <translation>
            <numerusform>%1: %n reading, %2 – %3</numerusform>
            <numerusform>%1: %n readings, %2 – %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The device has no readings yet.</source>
        <translation>The device has no readings yet.</translation>
    </message>
    <message numerus="yes">
        <source>In all: %n hourly mean(s) of %1 series</source>
        <translation>
            <numerusform>In all: %n hourly mean of %1 series</numerusform>
            <numerusform>In all: %n hourly means of %1 series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all: %n reading(s) of %1 series</source>
        <translation>
            <numerusform>In all: %n reading of %1 series</numerusform>
            <numerusform>In all: %n readings of %1 series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged reading(s) stay on this computer.</source>
        <translation>
            <numerusform>%n flagged reading stays on this computer.</numerusform>
            <numerusform>%n flagged readings stay on this computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing again sends only the days that changed since the hub last confirmed them.</source>
        <translation>Sharing again sends only the days that changed since the hub last confirmed them.</translation>
    </message>
    <message>
        <source>&amp;Share Again</source>
        <translation>&amp;Share Again</translation>
    </message>
    <message>
        <source>Sign in to a city hub first (Settings ▸ Preferences).</source>
        <translation>Sign in to a city hub first (Settings ▸ Preferences).</translation>
    </message>
    <message>
        <source>Sending to the hub…</source>
        <translation>Sending to the hub…</translation>
    </message>
    <message>
        <source>The station was not shared: %1</source>
        <translation>The station was not shared: %1</translation>
    </message>
    <message>
        <source>The station is shared on the hub.</source>
        <translation>The station is shared on the hub.</translation>
    </message>
    <message>
        <source>The station is updated on the hub.</source>
        <translation>The station is updated on the hub.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n hourly mean(s)</source>
        <translation>
            <numerusform>Sent %n hourly mean</numerusform>
            <numerusform>Sent %n hourly means</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n reading(s)</source>
        <translation>
            <numerusform>Sent %n reading</numerusform>
            <numerusform>Sent %n readings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n request(s): %1 new, %2 changed, %3 already on the hub.</source>
        <translation>
            <numerusform>in %n request: %1 new, %2 changed, %3 already on the hub.</numerusform>
            <numerusform>in %n requests: %1 new, %2 changed, %3 already on the hub.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop Sharing</source>
        <translation>Stop Sharing</translation>
    </message>
    <message>
        <source>Stop sharing “%1”? The hub erases every reading it holds of this station, and people who follow it get no new readings. Your own readings stay here.</source>
        <translation>Stop sharing “%1”? The hub erases every reading it holds of this station, and people who follow it get no new readings. Your own readings stay here.</translation>
    </message>
    <message>
        <source>Asking the hub to erase the station…</source>
        <translation>Asking the hub to erase the station…</translation>
    </message>
    <message>
        <source>The station is still shared: %1</source>
        <translation>The station is still shared: %1</translation>
    </message>
    <message>
        <source>The station is no longer shared. The hub erased its readings.</source>
        <translation>The station is no longer shared. The hub erased its readings.</translation>
    </message>
    <message>
        <source>Where others see it</source>
        <translation>Where others see it</translation>
    </message>
    <message>
        <source>Within 500 m (recommended)</source>
        <translation>Within 500 m (recommended)</translation>
    </message>
    <message>
        <source>Within 1 km</source>
        <translation>Within 1 km</translation>
    </message>
    <message>
        <source>Within 100 m</source>
        <translation>Within 100 m</translation>
    </message>
    <message>
        <source>Exact place</source>
        <translation>Exact place</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Precision:</translation>
    </message>
    <message>
        <source>Map of the station&apos;s place and the published cell</source>
        <translation>Map of the station&apos;s place and the published cell</translation>
    </message>
    <message>
        <source>Red ring: your station&apos;s place, which stays on this computer. Blue pin and shaded square: what the hub publishes.</source>
        <translation>Red ring: your station&apos;s place, which stays on this computer. Blue pin and shaded square: what the hub publishes.</translation>
    </message>
    <message>
        <source>Choose a station to see where others would see it.</source>
        <translation>Choose a station to see where others would see it.</translation>
    </message>
    <message>
        <source>Others see the station at its exact place (%1, %2). If it hangs at your home, anyone can find your home from the map.</source>
        <translation>Others see the station at its exact place (%1, %2). If it hangs at your home, anyone can find your home from the map.</translation>
    </message>
    <message>
        <source>Others see only the centre of a square about %1 m across (%2, %3), the same every time you share. They can learn that the station is somewhere in that square, and its readings; they cannot learn where in the square it is, nor which building.</source>
        <translation>Others see only the centre of a square about %1 m across (%2, %3), the same every time you share. They can learn that the station is somewhere in that square, and its readings; they cannot learn where in the square it is, nor which building.</translation>
    </message>
    <message>
        <source>Sharing again moves the station to this cell, and the hub erases the finer place it had.</source>
        <translation>Sharing again moves the station to this cell, and the hub erases the finer place it had.</translation>
    </message>
    <message>
        <source>Sharing again publishes the station more precisely than now.</source>
        <translation>Sharing again publishes the station more precisely than now.</translation>
    </message>
    <message>
        <source>The station&apos;s name, sensor type and published place (%1, %2) are public on the hub.</source>
        <translation>The station&apos;s name, sensor type and published place (%1, %2) are public on the hub.</translation>
    </message>
    <message>
        <source>Others see its exact place.</source>
        <translation>Others see its exact place.</translation>
    </message>
    <message>
        <source>Others see the centre of its %1 m cell.</source>
        <translation>Others see the centre of its %1 m cell.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::StationSubscribeDialog</name>
    <message>
        <source>Stations from the Hub</source>
        <translation>Stations from the Hub</translation>
    </message>
    <message>
        <source>Stations other residents share on the city hub. Follow one to see it on your map with its readings; update them later from the Sensors menu.</source>
        <translation>Stations other residents share on the city hub. Follow one to see it on your map with its readings; update them later from the Sensors menu.</translation>
    </message>
    <message>
        <source>Filter by name, sensor or what it measures</source>
        <translation>Filter by name, sensor or what it measures</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Shared as</source>
        <translation>Shared as</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Subscribe</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation>&amp;Unsubscribe</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Station %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>raw readings</source>
        <translation>raw readings</translation>
    </message>
    <message>
        <source>hourly means</source>
        <translation>hourly means</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Subscribed</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Asking the hub for its stations…</source>
        <translation>Asking the hub for its stations…</translation>
    </message>
    <message>
        <source>The hub&apos;s stations could not be listed: %1</source>
        <translation>The hub&apos;s stations could not be listed: %1</translation>
    </message>
    <message>
        <source>Nobody shares a station on this hub yet.</source>
        <translation>Nobody shares a station on this hub yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s) shared on the hub.</source>
        <translation>
            <numerusform>%n station shared on the hub.</numerusform>
            <numerusform>%n stations shared on the hub.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to a city hub first (Settings ▸ Preferences).</source>
        <translation>Sign in to a city hub first (Settings ▸ Preferences).</translation>
    </message>
    <message>
        <source>Subscribing and fetching the station&apos;s readings…</source>
        <translation>Subscribing and fetching the station&apos;s readings…</translation>
    </message>
    <message>
        <source>Subscribed, but its readings could not be fetched yet: %1</source>
        <translation>Subscribed, but its readings could not be fetched yet: %1</translation>
    </message>
    <message>
        <source>Not subscribed: %1</source>
        <translation>Not subscribed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed. Fetched %n reading(s) of the stations you follow.</source>
        <translation>
            <numerusform>Subscribed. Fetched %n reading of the stations you follow.</numerusform>
            <numerusform>Subscribed. Fetched %n readings of the stations you follow.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still subscribed: %1</source>
        <translation>Still subscribed: %1</translation>
    </message>
    <message>
        <source>Unsubscribed. The station&apos;s readings are removed from this computer.</source>
        <translation>Unsubscribed. The station&apos;s readings are removed from this computer.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::StatusChangeDialog</name>
    <message>
        <source>Reopen the problem</source>
        <translation>Reopen the problem</translation>
    </message>
    <message>
        <source>Set the status</source>
        <translation>Set the status</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Why should the problem be looked at again?</source>
        <translation>Why should the problem be looked at again?</translation>
    </message>
    <message>
        <source>What was done or decided (everyone reads it)</source>
        <translation>What was done or decided (everyone reads it)</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Set status</translation>
    </message>
    <message>
        <source>Please say why the problem should be looked at again.</source>
        <translation>Please say why the problem should be looked at again.</translation>
    </message>
    <message>
        <source>Please write a note: say what was done or decided.</source>
        <translation>Please write a note: say what was done or decided.</translation>
    </message>
    <message>
        <source>Please choose why the problem is closed.</source>
        <translation>Please choose why the problem is closed.</translation>
    </message>
    <message>
        <source>Your account may not change this problem&apos;s status.</source>
        <translation>Your account may not change this problem&apos;s status.</translation>
    </message>
    <message>
        <source>The problem cannot move to that status.</source>
        <translation>The problem cannot move to that status.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::StatusHistoryView</name>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>The status has not changed since the problem was filed.</source>
        <translation>The status has not changed since the problem was filed.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
</context>
<context>
    <name>balgul::ui::StrengthenDialog</name>
    <message>
        <source>Strengthen Vault</source>
        <translation>Strengthen Vault</translation>
    </message>
    <message>
        <source>Every unlock makes the computer work for a moment on purpose: the longer it takes, the longer it takes someone with a copy of the profile to try passphrases. A newer computer does the same work faster, so the vault can be made costlier to match.</source>
        <translation>Every unlock makes the computer work for a moment on purpose: the longer it takes, the longer it takes someone with a copy of the profile to try passphrases. A newer computer does the same work faster, so the vault can be made costlier to match.</translation>
    </message>
    <message>
        <source>About 1 second</source>
        <translation>About 1 second</translation>
    </message>
    <message>
        <source>About 2 seconds</source>
        <translation>About 2 seconds</translation>
    </message>
    <message>
        <source>About 4 seconds</source>
        <translation>About 4 seconds</translation>
    </message>
    <message>
        <source>Unlocking should &amp;take:</source>
        <translation>Unlocking should &amp;take:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Strengthen</source>
        <translation>&amp;Strengthen</translation>
    </message>
    <message numerus="yes">
        <source>%1 MiB of memory, %n pass(es)</source>
        <translation>
            <numerusform>%1 MiB of memory, %n pass</numerusform>
            <numerusform>%1 MiB of memory, %n passes</numerusform>
        </translation>
    </message>
    <message>
        <source>Measuring how long unlocking takes here…</source>
        <translation>Measuring how long unlocking takes here…</translation>
    </message>
    <message>
        <source>Unlocking takes about %1 s on this computer now (%2).</source>
        <translation>Unlocking takes about %1 s on this computer now (%2).</translation>
    </message>
    <message>
        <source>Strengthening; this takes a few unlocks&apos; time…</source>
        <translation>Strengthening; this takes a few unlocks&apos; time…</translation>
    </message>
    <message>
        <source>Done. Unlocking now takes about %1 s (it took %2 s).</source>
        <translation>Done. Unlocking now takes about %1 s (it took %2 s).</translation>
    </message>
</context>
<context>
    <name>balgul::ui::SyncController</name>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Signed in to %1 as %2.</translation>
    </message>
    <message>
        <source>Signed out. Problems stay on this computer until you sign in again.</source>
        <translation>Signed out. Problems stay on this computer until you sign in again.</translation>
    </message>
    <message>
        <source>Signed out on this computer. The hub could not be reached to end the session there; it ends by itself when it expires.</source>
        <translation>Signed out on this computer. The hub could not be reached to end the session there; it ends by itself when it expires.</translation>
    </message>
    <message>
        <source>Signed out on this computer. The hub did not end the session (%1); it ends by itself when it expires.</source>
        <translation>Signed out on this computer. The hub did not end the session (%1); it ends by itself when it expires.</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Sync failed: %1 — retrying in %2</source>
        <translation>Sync failed: %1 — retrying in %2</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Sync stopped — click to carry on</source>
        <translation>Sync stopped — click to carry on</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>%n conflict to settle</numerusform>
            <numerusform>%n conflicts to settle</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>Not connected to a city hub. Everything is kept on this computer.
Sign in to your living lab&apos;s hub in Preferences to share problems with your group.</source>
        <translation>Not connected to a city hub. Everything is kept on this computer.
Sign in to your living lab&apos;s hub in Preferences to share problems with your group.</translation>
    </message>
    <message>
        <source>Not signed in to %1.
Sign in again in Preferences.</source>
        <translation>Not signed in to %1.
Sign in again in Preferences.</translation>
    </message>
    <message>
        <source>City hub: %1</source>
        <translation>City hub: %1</translation>
    </message>
    <message>
        <source>City hub: %1 (signed in as %2)</source>
        <translation>City hub: %1 (signed in as %2)</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Last synced: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here are waiting to be sent.</source>
        <translation>
            <numerusform>%n change made here is waiting to be sent.</numerusform>
            <numerusform>%n changes made here are waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were changed differently on the hub; open them to choose.</source>
        <translation>
            <numerusform>%n problem was changed differently on the hub; open it to choose.</numerusform>
            <numerusform>%n problems were changed differently on the hub; open them to choose.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>The last sync failed: %1</translation>
    </message>
    <message>
        <source>You stopped the sync. What it received stays; the next sync carries on from there. Automatic sync waits until you click.</source>
        <translation>You stopped the sync. What it received stays; the next sync carries on from there. Automatic sync waits until you click.</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>Click to sync now.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::SyncProgressBar</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message>
        <source>Receiving from the hub: %1 of %2</source>
        <translation>Receiving from the hub: %1 of %2</translation>
    </message>
    <message>
        <source>Receiving from the hub: %1</source>
        <translation>Receiving from the hub: %1</translation>
    </message>
    <message>
        <source>Sending your changes: %1 of %2</source>
        <translation>Sending your changes: %1 of %2</translation>
    </message>
    <message>
        <source>Sending your changes: %1</source>
        <translation>Sending your changes: %1</translation>
    </message>
    <message>
        <source>Sending photos: %1 of %2</source>
        <translation>Sending photos: %1 of %2</translation>
    </message>
    <message>
        <source>Receiving photos: %1 of %2</source>
        <translation>Receiving photos: %1 of %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>%1 a second</source>
        <translation>%1 a second</translation>
    </message>
    <message>
        <source>estimating the time left…</source>
        <translation>estimating the time left…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the sync. What arrived stays; the next sync carries on from there.</source>
        <translation>Stop the sync. What arrived stays; the next sync carries on from there.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::TileSourceFactory</name>
    <message>
        <source>The tile address “%1” is not a usable template: it needs an http or https address with {z}, {x} and {y}.</source>
        <translation>The tile address “%1” is not a usable template: it needs an http or https address with {z}, {x} and {y}.</translation>
    </message>
    <message>
        <source>Unknown kind of map tiles “%1” (expected osm, mbtiles or none).</source>
        <translation>Unknown kind of map tiles “%1” (expected osm, mbtiles or none).</translation>
    </message>
</context>
<context>
    <name>balgul::ui::TriagePanel</name>
    <message>
        <source>Triage: %1 new, %2 reopened, %3 widely supported</source>
        <translation>Triage: %1 new, %2 reopened, %3 widely supported</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message numerus="yes">
        <source>%n support(s)</source>
        <translation>
            <numerusform>%n support</numerusform>
            <numerusform>%n supports</numerusform>
        </translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Set status…</source>
        <translation>Set status…</translation>
    </message>
</context>
<context>
    <name>balgul::ui::UserGuideWindow</name>
    <message>
        <source>Balgul User Guide</source>
        <translation>Balgul User Guide</translation>
    </message>
</context>
<context>
    <name>balgul::ui::VotingPanel</name>
    <message>
        <source>opens %1</source>
        <translation>opens %1</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>closes %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>closed %1</translation>
    </message>
    <message>
        <source>not voted</source>
        <translation>not voted</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>counted</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>No voting rounds yet. A coordinator opens one on pilots in the voting phase.</source>
        <translation>No voting rounds yet. A coordinator opens one on pilots in the voting phase.</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s), %1 open</source>
        <translation>
            <numerusform>%n round, %1 open</numerusform>
            <numerusform>%n rounds, %1 open</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a round on the left.</source>
        <translation>Choose a round on the left.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>open to a named group of %n account(s)</source>
        <translation>
            <numerusform>open to a named group of %n account</numerusform>
            <numerusform>open to a named group of %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>kept on this computer only</source>
        <translation>kept on this computer only</translation>
    </message>
    <message>
        <source>waiting to be sent to the hub</source>
        <translation>waiting to be sent to the hub</translation>
    </message>
    <message>
        <source>%1 ballot: %2
%3
Budget: %4</source>
        <translation>%1 ballot: %2
%3
Budget: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n point(s))</source>
        <translation>
            <numerusform>%1 (%n point)</numerusform>
            <numerusform>%1 (%n points)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your choices: %1</source>
        <translation>Your choices: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation>Receipt: %1</translation>
    </message>
    <message>
        <source>Change my ballot…</source>
        <translation>Change my ballot…</translation>
    </message>
    <message>
        <source>Vote…</source>
        <translation>Vote…</translation>
    </message>
    <message>
        <source>Its results are not here.</source>
        <translation>Its results are not here.</translation>
    </message>
    <message>
        <source>The results come from the hub with the next sync.</source>
        <translation>The results come from the hub with the next sync.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <source>Open a round…</source>
        <translation>Open a round…</translation>
    </message>
    <message>
        <source>Open a voting round on the pilots in the voting phase</source>
        <translation>Open a voting round on the pilots in the voting phase</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>My ballot</source>
        <translation>My ballot</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the whole receipt</source>
        <translation>Copy the whole receipt</translation>
    </message>
    <message>
        <source>Close round now</source>
        <translation>Close round now</translation>
    </message>
    <message>
        <source>End the voting now; the hub&apos;s clock decides the closing time</source>
        <translation>End the voting now; the hub&apos;s clock decides the closing time</translation>
    </message>
    <message>
        <source>open to the accounts that joined with invite %1</source>
        <translation>open to the accounts that joined with invite %1</translation>
    </message>
    <message>
        <source>refused by the hub: %1</source>
        <translation>refused by the hub: %1</translation>
    </message>
</context>
<context>
    <name>balgul::ui::XyzTileSource</name>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap contributors</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ZoneEditTool</name>
    <message>
        <source>Draw the zone: click on the map to place the corners of a polygon.</source>
        <translation>Draw the zone: click on the map to place the corners of a polygon.</translation>
    </message>
    <message>
        <source>Remove polygon</source>
        <translation>Remove polygon</translation>
    </message>
    <message>
        <source>Add vertex</source>
        <translation>Add vertex</translation>
    </message>
    <message>
        <source>Remove vertex</source>
        <translation>Remove vertex</translation>
    </message>
    <message>
        <source>Polygon %1 needs at least 3 vertices.</source>
        <translation>Polygon %1 needs at least 3 vertices.</translation>
    </message>
    <message>
        <source>Polygon %1 has more than %2 vertices.</source>
        <translation>Polygon %1 has more than %2 vertices.</translation>
    </message>
    <message>
        <source>Vertex %1 of polygon %2 is not a place on the Earth.</source>
        <translation>Vertex %1 of polygon %2 is not a place on the Earth.</translation>
    </message>
    <message>
        <source>Vertices %1 and %2 of polygon %3 are at the same place.</source>
        <translation>Vertices %1 and %2 of polygon %3 are at the same place.</translation>
    </message>
    <message>
        <source>Polygon %1 crosses itself: the edge from vertex %2 to %3 meets the edge from vertex %4 to %5.</source>
        <translation>Polygon %1 crosses itself: the edge from vertex %2 to %3 meets the edge from vertex %4 to %5.</translation>
    </message>
    <message>
        <source>Polygon %1 has no area: its vertices lie on one line.</source>
        <translation>Polygon %1 has no area: its vertices lie on one line.</translation>
    </message>
    <message>
        <source>A zone has at most %1 polygons.</source>
        <translation>A zone has at most %1 polygons.</translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation>Move vertex</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ZoneLayer</name>
    <message>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
</context>
</TS>
