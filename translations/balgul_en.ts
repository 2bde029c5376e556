<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
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
</context>
<context>
    <name>RemovePhotoCommand</name>
    <message>
        <source>Remove photo %1</source>
        <translation>Remove photo %1</translation>
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
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
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
        <source>&amp;New Problem…</source>
        <translation>&amp;New Problem…</translation>
    </message>
    <message>
        <source>Log a new problem at the centre of the map</source>
        <translation>Log a new problem at the centre of the map</translation>
    </message>
    <message>
        <source>Add Problem</source>
        <translation>Add Problem</translation>
    </message>
    <message>
        <source>Click the map where the problem is (or press and hold)</source>
        <translation>Click the map where the problem is (or press and hold)</translation>
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
        <source>The location service found no position in time.</source>
        <translation>The location service found no position in time.</translation>
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
        <source>Click where the problem is. Esc cancels.</source>
        <translation>Click where the problem is. Esc cancels.</translation>
    </message>
    <message>
        <source>Placing problems on the map…</source>
        <translation>Placing problems on the map…</translation>
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
        <source>Latitude, e.g. 37.566500</source>
        <translation>Latitude, e.g. 37.566500</translation>
    </message>
    <message>
        <source>Longitude, e.g. 126.978000</source>
        <translation>Longitude, e.g. 126.978000</translation>
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
        <source>Enter the latitude as a number, for example 37.5665, or click the map.</source>
        <translation>Enter the latitude as a number, for example 37.5665, or click the map.</translation>
    </message>
    <message>
        <source>Enter the longitude as a number, for example 126.978, or click the map.</source>
        <translation>Enter the longitude as a number, for example 126.978, or click the map.</translation>
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
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n problem(s)</source>
        <translation>
            <numerusform>%1 of %n problem</numerusform>
            <numerusform>%1 of %n problems</numerusform>
        </translation>
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
    <message>
        <source>Similar problems nearby (%1)</source>
        <translation>Similar problems nearby (%1)</translation>
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
</context>
<context>
    <name>balgul::ui::SyncController</name>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Signed in to %1 as %2.</translation>
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
        <source>Click to sync now.</source>
        <translation>Click to sync now.</translation>
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
    <name>balgul::ui::XyzTileSource</name>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap contributors</translation>
    </message>
</context>
</TS>
