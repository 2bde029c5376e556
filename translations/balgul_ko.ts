<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AddPhotoCommand</name>
    <message>
        <source>Add photo</source>
        <translation>사진 추가</translation>
    </message>
    <message>
        <source>Add photo %1</source>
        <translation>사진 %1 추가</translation>
    </message>
</context>
<context>
    <name>AddProblemCommand</name>
    <message>
        <source>Add problem “%1”</source>
        <translation>문제 “%1” 추가</translation>
    </message>
</context>
<context>
    <name>CategoryNames</name>
    <message>
        <source>Fine dust / air quality</source>
        <translation>미세먼지·대기질</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>에너지</translation>
    </message>
    <message>
        <source>Recycling and resource circulation</source>
        <translation>재활용·자원순환</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>교통</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>안전</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>소음</translation>
    </message>
    <message>
        <source>Green space</source>
        <translation>녹지</translation>
    </message>
    <message>
        <source>Accessibility and welfare</source>
        <translation>접근성·복지</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종결</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>DeleteProblemCommand</name>
    <message>
        <source>Delete problem “%1”</source>
        <translation>문제 “%1” 삭제</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Balgul: find and map the problems of your city.</source>
        <translation>발굴: 우리 도시의 문제를 찾아 지도에 기록합니다.</translation>
    </message>
    <message>
        <source>Keep the problems in &lt;dir&gt; instead of the usual place.</source>
        <translation>문제 데이터를 기본 위치 대신 &lt;폴더&gt;에 보관합니다.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Use this language: ko or en.</source>
        <translation>사용할 언어를 지정합니다: ko 또는 en.</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Fill an empty store with &lt;n&gt; example problems.</source>
        <translation>빈 저장소를 예시 문제 &lt;개수&gt;개로 채웁니다.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>Base map for this session: osm, mbtiles:&lt;file&gt; or none.</source>
        <translation>이번 실행에서 쓸 배경지도를 지정합니다: osm, mbtiles:&lt;파일&gt; 또는 none.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>--language must be ko or en, not “%1”.</source>
        <translation>--language 값은 ko 또는 en이어야 합니다(입력한 값: “%1”).</translation>
    </message>
    <message>
        <source>--demo needs a number of problems between 0 and %1.</source>
        <translation>--demo에는 0에서 %1 사이의 문제 개수를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--tiles must be osm, mbtiles:&lt;file&gt; or none.</source>
        <translation>--tiles 값은 osm, mbtiles:&lt;파일&gt; 또는 none이어야 합니다.</translation>
    </message>
    <message>
        <source>Balgul cannot start</source>
        <translation>발굴을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>The problem store “%1” cannot be opened.

%2</source>
        <translation>문제 저장소를 열 수 없습니다: “%1”

%2</translation>
    </message>
    <message>
        <source>Balgul</source>
        <translation>발굴</translation>
    </message>
</context>
<context>
    <name>EditProblemCommand</name>
    <message>
        <source>Change title</source>
        <translation>제목 변경</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>설명 변경</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>분류 변경</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <source>Move problem</source>
        <translation>문제 위치 이동</translation>
    </message>
    <message>
        <source>Change address</source>
        <translation>주소 변경</translation>
    </message>
    <message>
        <source>Edit problem</source>
        <translation>문제 수정</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>위도</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>경도</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>“%1” contains characters that are not valid text.</source>
        <translation>“%1”에 올바르지 않은 문자가 있습니다.</translation>
    </message>
    <message>
        <source>The text contains characters that are not valid text.</source>
        <translation>텍스트에 올바르지 않은 문자가 있습니다.</translation>
    </message>
    <message>
        <source>Please fill in “%1”.</source>
        <translation>“%1” 항목을 입력하십시오.</translation>
    </message>
    <message>
        <source>A required value is missing.</source>
        <translation>필수 값이 비어 있습니다.</translation>
    </message>
    <message>
        <source>“%1” is too long. Please shorten it.</source>
        <translation>“%1” 항목이 너무 깁니다. 줄여 주십시오.</translation>
    </message>
    <message>
        <source>The text is too long. Please shorten it.</source>
        <translation>텍스트가 너무 깁니다. 줄여 주십시오.</translation>
    </message>
    <message>
        <source>“%1” is outside the allowed range.</source>
        <translation>“%1” 값이 허용 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <source>A value is outside the allowed range.</source>
        <translation>값이 허용 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <source>The category is not one Balgul knows. Please choose a category from the list.</source>
        <translation>발굴이 알지 못하는 분류입니다. 목록에서 분류를 선택하십시오.</translation>
    </message>
    <message>
        <source>“%1” has a value Balgul cannot use.</source>
        <translation>“%1” 값은 발굴에서 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>A value cannot be used.</source>
        <translation>사용할 수 없는 값이 있습니다.</translation>
    </message>
    <message>
        <source>This file is not a Balgul data file.</source>
        <translation>발굴 데이터 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>This data file was written by a newer version of Balgul. Please update Balgul to open it.</source>
        <translation>더 새로운 버전의 발굴에서 만든 데이터 파일입니다. 파일을 열려면 발굴을 업데이트하십시오.</translation>
    </message>
    <message>
        <source>The data file could not be opened. Check that the folder exists and you may write to it.</source>
        <translation>데이터 파일을 열 수 없습니다. 폴더가 있는지, 쓰기 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The data file could not be upgraded. It was left as it was.</source>
        <translation>데이터 파일을 업그레이드할 수 없습니다. 파일은 원래대로 두었습니다.</translation>
    </message>
    <message>
        <source>This file is not a picture Balgul can show (JPEG, PNG, GIF or WebP).</source>
        <translation>발굴에서 표시할 수 있는 그림 파일(JPEG, PNG, GIF, WebP)이 아닙니다.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>파일이 너무 큽니다.</translation>
    </message>
    <message>
        <source>The file could not be found.</source>
        <translation>파일을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The file could not be written. Check the free space and your permissions.</source>
        <translation>파일을 쓸 수 없습니다. 남은 공간과 권한을 확인하십시오.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>올바른 JSON 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The file is not a CSV table Balgul can read.</source>
        <translation>발굴에서 읽을 수 있는 CSV 표가 아닙니다.</translation>
    </message>
    <message>
        <source>The file is not GeoJSON Balgul can read.</source>
        <translation>발굴에서 읽을 수 있는 GeoJSON 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>It no longer exists. Someone may have removed it.</source>
        <translation>더 이상 존재하지 않습니다. 누군가 삭제했을 수 있습니다.</translation>
    </message>
    <message>
        <source>The data file reported an error. Your last change was not saved.</source>
        <translation>데이터 파일에서 오류가 발생했습니다. 마지막 변경 사항은 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, %2행</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>%1, field “%2”</source>
        <translation>%1, “%2” 필드</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>오류가 발생했습니다.</translation>
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
        <translation>사진 %1 제거</translation>
    </message>
</context>
<context>
    <name>SupportProblemCommand</name>
    <message>
        <source>Support “%1”</source>
        <translation>“%1”에 공감</translation>
    </message>
    <message>
        <source>Withdraw support for “%1”</source>
        <translation>“%1” 공감 취소</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>the hub cannot be reached</source>
        <translation>허브에 연결할 수 없음</translation>
    </message>
    <message>
        <source>the hub no longer accepts the sign-in; please sign in again</source>
        <translation>허브 로그인이 만료됨. 다시 로그인하십시오</translation>
    </message>
    <message>
        <source>the hub does not allow this account to sync</source>
        <translation>이 계정은 허브와 동기화할 권한이 없음</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>the problems on this computer could not be updated (%1)</source>
        <translation>이 컴퓨터의 문제를 갱신하지 못함(%1)</translation>
    </message>
    <message>
        <source>The login name or password is wrong.</source>
        <translation>로그인 이름 또는 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Check the address and the network.</source>
        <translation>허브에 연결할 수 없습니다. 주소와 네트워크를 확인하십시오.</translation>
    </message>
    <message>
        <source>The hub address is not valid.</source>
        <translation>허브 주소가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>로그인에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n시간 전</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>전송 중</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Shared with the hub.</source>
        <translation>허브와 공유되었습니다.</translation>
    </message>
    <message>
        <source>Only on this computer (no hub yet).</source>
        <translation>이 컴퓨터에만 있습니다(아직 허브에 없음).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent to the hub.</source>
        <translation>
            <numerusform>허브로 보낼 변경 사항 %n건이 대기 중입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the hub; waiting for its answer.</source>
        <translation>허브로 보냈습니다. 응답을 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>Someone changed this problem differently on the hub. Choose which values to keep.</source>
        <translation>다른 사람이 허브에서 이 문제를 다르게 수정했습니다. 유지할 값을 선택하십시오.</translation>
    </message>
    <message>
        <source>The hub refused a change: %1</source>
        <translation>허브가 변경 사항을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ConflictDialog</name>
    <message>
        <source>Settle changes</source>
        <translation>변경 충돌 해결</translation>
    </message>
    <message>
        <source>“%1” was changed here and, differently, on the hub. For each value, choose which one to keep.</source>
        <translation>“%1” 문제가 이 컴퓨터와 허브에서 서로 다르게 수정되었습니다. 값마다 유지할 쪽을 선택하십시오.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>내 값</translation>
    </message>
    <message>
        <source>Hub&apos;s</source>
        <translation>허브 값</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>댓글</translation>
    </message>
</context>
<context>
    <name>balgul::ui::HubSettingsBox</name>
    <message>
        <source>City hub</source>
        <translation>도시 허브</translation>
    </message>
    <message>
        <source>e.g. https://hub.example.org</source>
        <translation>예: https://hub.example.org</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>Sync automatically (after changes and every minute)</source>
        <translation>자동으로 동기화(변경 직후와 1분마다)</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>허브 주소(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>로그인 이름(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>%1에 로그인했습니다.</translation>
    </message>
    <message>
        <source>Not signed in. Problems stay on this computer until you sign in.</source>
        <translation>로그인하지 않았습니다. 로그인할 때까지 문제는 이 컴퓨터에만 보관됩니다.</translation>
    </message>
    <message>
        <source>The hub address must start with https:// (or http:// in a test lab).</source>
        <translation>허브 주소는 https://로 시작해야 합니다(테스트 환경에서는 http://도 가능).</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>로그인하는 중…</translation>
    </message>
    <message>
        <source>Signed out. Problems stay on this computer until you sign in again.</source>
        <translation>로그아웃했습니다. 다시 로그인할 때까지 문제는 이 컴퓨터에만 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::MainWindow</name>
    <message>
        <source>Close this message</source>
        <translation>이 메시지 닫기</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제 목록</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세 정보</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>줌 %1</translation>
    </message>
    <message>
        <source>Please wait until the import or export has finished.</source>
        <translation>가져오기 또는 내보내기가 끝날 때까지 기다려 주십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>문제 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no problems to show yet.</source>
        <translation>아직 표시할 문제가 없습니다.</translation>
    </message>
    <message>
        <source>The base map cannot be shown: %1 The plain map is used instead.</source>
        <translation>배경지도를 표시할 수 없습니다: %1 대신 단순 지도를 사용합니다.</translation>
    </message>
    <message>
        <source>&amp;New Problem…</source>
        <translation>새 문제(&amp;N)…</translation>
    </message>
    <message>
        <source>Log a new problem at the centre of the map</source>
        <translation>지도 중앙에 새 문제를 기록합니다</translation>
    </message>
    <message>
        <source>Add Problem</source>
        <translation>문제 추가</translation>
    </message>
    <message>
        <source>Click the map where the problem is (or press and hold)</source>
        <translation>지도에서 문제가 있는 곳을 클릭합니다(또는 길게 누릅니다)</translation>
    </message>
    <message>
        <source>&amp;Import GeoJSON…</source>
        <translation>GeoJSON 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;GeoJSON…</source>
        <translation>GeoJSON 내보내기(&amp;G)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit Problem…</source>
        <translation>문제 수정(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Problem</source>
        <translation>문제 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;All Problems</source>
        <translation>모든 문제 보기(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;My Position</source>
        <translation>내 위치(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About Balgul</source>
        <translation>발굴 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Problem &amp;List</source>
        <translation>문제 목록(&amp;L)</translation>
    </message>
    <message>
        <source>Problem &amp;Details</source>
        <translation>상세 정보(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>The new language is used the next time Balgul starts.</source>
        <translation>새 언어는 발굴을 다음에 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>About Balgul</source>
        <translation>발굴 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Balgul %1&lt;/h3&gt;&lt;p&gt;Balgul (발굴, “discovery”) helps residents find, map and follow up the problems of their city — fine dust, energy, recycling, traffic, safety — together with their living lab.&lt;/p&gt;&lt;p&gt;Everything is kept on this computer and works without a network.&lt;/p&gt;&lt;p&gt;Map data © OpenStreetMap contributors.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;발굴 %1&lt;/h3&gt;&lt;p&gt;발굴은 주민들이 리빙랩과 함께 미세먼지, 에너지, 재활용, 교통, 안전 등 우리 도시의 문제를 찾아 지도에 기록하고 끝까지 살펴볼 수 있도록 돕습니다.&lt;/p&gt;&lt;p&gt;모든 데이터는 이 컴퓨터에 보관되며 네트워크 없이 작동합니다.&lt;/p&gt;&lt;p&gt;지도 데이터 © OpenStreetMap 기여자&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add problem “%1”</source>
        <translation>문제 “%1” 추가</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>“%1” 문제를 추가했습니다.</translation>
    </message>
    <message>
        <source>This problem no longer exists, so the changes could not be saved.</source>
        <translation>이 문제가 더 이상 존재하지 않아 변경 사항을 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Edit problem “%1”</source>
        <translation>문제 “%1” 수정</translation>
    </message>
    <message>
        <source>You now support “%1”. Thank you for not logging it twice.</source>
        <translation>“%1”에 공감했습니다. 같은 문제를 중복으로 기록하지 않아 주셔서 감사합니다.</translation>
    </message>
    <message>
        <source>Delete problem</source>
        <translation>문제 삭제</translation>
    </message>
    <message>
        <source>Delete “%1”? You can bring it back with Undo.</source>
        <translation>“%1” 문제를 삭제하시겠습니까? 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>변경 사항을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” 파일을 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>문제 가져오기</translation>
    </message>
    <message>
        <source>GeoJSON files (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON 파일 (*.geojson *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>GeoJSON files (*.geojson)</source>
        <translation>GeoJSON 파일 (*.geojson)</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>CSV로 내보내기</translation>
    </message>
    <message>
        <source>Export as GeoJSON</source>
        <translation>GeoJSON으로 내보내기</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”: %2</source>
        <translation>“%1”에서 가져온 문제가 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n problem(s) from “%1”.</source>
        <translation>
            <numerusform>“%1”에서 문제 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1에 내보내는 중…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>내보내기에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>Exported all problems to “%1”.</source>
        <translation>모든 문제를 “%1”에 내보냈습니다.</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>지금 동기화(&amp;Y)</translation>
    </message>
    <message>
        <source>Send your changes to the city hub and fetch your group&apos;s changes</source>
        <translation>내 변경 사항을 도시 허브로 보내고 발굴단의 변경 사항을 받아옵니다</translation>
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
        <translation>북위 %1°</translation>
    </message>
    <message>
        <source>%1°S</source>
        <translation>남위 %1°</translation>
    </message>
    <message>
        <source>%1°E</source>
        <translation>동경 %1°</translation>
    </message>
    <message>
        <source>%1°W</source>
        <translation>서경 %1°</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>줌 %1</translation>
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
        <translation>지도</translation>
    </message>
    <message>
        <source>This computer has no location service. Find the place on the map instead.</source>
        <translation>이 컴퓨터에는 위치 서비스가 없습니다. 지도에서 직접 위치를 찾으십시오.</translation>
    </message>
    <message>
        <source>Balgul may not use the location service. Allow it in the system settings, or find the place on the map.</source>
        <translation>발굴에 위치 서비스 사용 권한이 없습니다. 시스템 설정에서 허용하거나 지도에서 직접 위치를 찾으십시오.</translation>
    </message>
    <message>
        <source>The location service found no position in time.</source>
        <translation>위치 서비스가 제한 시간 안에 위치를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>The location service was closed.</source>
        <translation>위치 서비스가 종료되었습니다.</translation>
    </message>
    <message>
        <source>The location service failed.</source>
        <translation>위치 서비스에 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>Click where the problem is. Esc cancels.</source>
        <translation>문제가 있는 곳을 클릭하십시오. Esc 키를 누르면 취소합니다.</translation>
    </message>
    <message>
        <source>Placing problems on the map…</source>
        <translation>지도에 문제를 표시하는 중…</translation>
    </message>
</context>
<context>
    <name>balgul::ui::MbtilesTileSource</name>
    <message>
        <source>No map pack file was given.</source>
        <translation>지도 파일을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>The map pack “%1” does not exist.</source>
        <translation>“%1” 지도 파일이 없습니다.</translation>
    </message>
    <message>
        <source>The map pack “%1” cannot be read.</source>
        <translation>“%1” 지도 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The map pack “%1” cannot be opened: %2.</source>
        <translation>“%1” 지도 파일을 열 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a map pack (it is not an SQLite file).</source>
        <translation>“%1” 파일은 지도 파일이 아닙니다(SQLite 파일이 아닙니다).</translation>
    </message>
    <message>
        <source>“%1” is not a map pack: it has no metadata table.</source>
        <translation>“%1” 파일은 지도 파일이 아닙니다: metadata 테이블이 없습니다.</translation>
    </message>
    <message>
        <source>The map pack “%1” is damaged: %2.</source>
        <translation>“%1” 지도 파일이 손상되었습니다: %2.</translation>
    </message>
    <message>
        <source>The map pack “%1” holds vector tiles; only image tiles (PNG, JPEG, WebP) can be shown.</source>
        <translation>“%1” 지도 파일에는 벡터 타일이 들어 있습니다. 이미지 타일(PNG, JPEG, WebP)만 표시할 수 있습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a map pack: it has no tiles table.</source>
        <translation>“%1” 파일은 지도 파일이 아닙니다: tiles 테이블이 없습니다.</translation>
    </message>
    <message>
        <source>The map pack “%1” holds no tiles.</source>
        <translation>“%1” 지도 파일에 타일이 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a map pack: it has no tiles table with zoom_level, tile_column, tile_row and tile_data.</source>
        <translation>“%1” 파일은 지도 파일이 아닙니다: zoom_level, tile_column, tile_row, tile_data 열이 있는 tiles 테이블이 없습니다.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::PhotoPicker</name>
    <message>
        <source>“%1” cannot be found.</source>
        <translation>“%1” 파일을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is larger than 20 MB. Choose a smaller photo.</source>
        <translation>“%1” 파일이 20MB보다 큽니다. 더 작은 사진을 선택하십시오.</translation>
    </message>
    <message>
        <source>“%1” is not a photo. Choose a JPEG, PNG, GIF or WebP picture.</source>
        <translation>“%1” 파일은 사진이 아닙니다. JPEG, PNG, GIF, WebP 그림을 선택하십시오.</translation>
    </message>
    <message>
        <source>“%1” looks damaged and cannot be shown.</source>
        <translation>“%1” 파일이 손상된 것 같아 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>사진 추가…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>사진 추가</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)</source>
        <translation>그림 파일 (*.jpg *.jpeg *.png *.gif *.webp);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>balgul::ui::PhotoStrip</name>
    <message>
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>This photo could not be shown. The file may be missing or damaged.</source>
        <translation>사진을 표시할 수 없습니다. 파일이 없거나 손상되었을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ProblemDetailPanel</name>
    <message>
        <source>Select a problem on the map or in the list</source>
        <translation>지도나 목록에서 문제를 선택하십시오</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>위치:</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Say that this problem affects you too</source>
        <translation>나도 이 문제를 겪고 있다고 알립니다</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>댓글 쓰기…</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>댓글 등록</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>아직 댓글이 없습니다.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>지도에서 보기</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>익명</translation>
    </message>
    <message>
        <source>Reported by %1 on %2</source>
        <translation>제보: %1 · %2</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>수정: %1</translation>
    </message>
    <message>
        <source>No address given</source>
        <translation>주소 없음</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>설명이 없습니다.</translation>
    </message>
    <message>
        <source>Me too · %1</source>
        <translation>공감 · %1</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>댓글 (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Please write a comment first.</source>
        <translation>먼저 댓글을 입력하십시오.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>충돌 해결…</translation>
    </message>
    <message>
        <source>Choose, field by field, between your values and the hub&apos;s</source>
        <translation>항목별로 내 값과 허브 값 중 하나를 선택합니다</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Stop showing the hub&apos;s refusal</source>
        <translation>허브의 거부 알림을 더 이상 표시하지 않습니다</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ProblemEditor</name>
    <message>
        <source>New problem</source>
        <translation>새 문제</translation>
    </message>
    <message>
        <source>Edit problem</source>
        <translation>문제 수정</translation>
    </message>
    <message>
        <source>What is the problem? For example: broken street light by the bus stop</source>
        <translation>어떤 문제입니까? 예: 버스 정류장 옆 가로등 고장</translation>
    </message>
    <message>
        <source>What did you see, when, and who is affected?</source>
        <translation>언제 무엇을 보았고, 누가 불편을 겪습니까?</translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation>분류 선택</translation>
    </message>
    <message>
        <source>Latitude, e.g. 37.566500</source>
        <translation>위도, 예: 37.566500</translation>
    </message>
    <message>
        <source>Longitude, e.g. 126.978000</source>
        <translation>경도, 예: 126.978000</translation>
    </message>
    <message>
        <source>Lat&amp;itude</source>
        <translation>위도(&amp;I)</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>경도(&amp;O)</translation>
    </message>
    <message>
        <source>Click the map to move the pin</source>
        <translation>지도를 클릭하여 핀을 옮기십시오</translation>
    </message>
    <message>
        <source>Street address or a landmark (optional)</source>
        <translation>도로명 주소 또는 주변 건물(선택)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>분류(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>상태(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>위치:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>사진:</translation>
    </message>
    <message>
        <source>Give the problem a short title, for example “Broken street light by the bus stop”.</source>
        <translation>문제의 제목을 짧게 입력하십시오. 예: “버스 정류장 옆 가로등 고장”</translation>
    </message>
    <message>
        <source>This must not be empty.</source>
        <translation>비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>This is too long: please keep it to %1 characters or fewer.</source>
        <translation>너무 깁니다. %1자 이하로 줄여 주십시오.</translation>
    </message>
    <message>
        <source>This text contains characters that cannot be saved.</source>
        <translation>저장할 수 없는 문자가 들어 있습니다.</translation>
    </message>
    <message>
        <source>Choose the category that fits the problem best.</source>
        <translation>문제에 가장 잘 맞는 분류를 선택하십시오.</translation>
    </message>
    <message>
        <source>The latitude must be between -90 (South Pole) and 90 (North Pole).</source>
        <translation>위도는 -90(남극)에서 90(북극) 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The longitude must be between -180 and 180.</source>
        <translation>경도는 -180에서 180 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Enter the latitude as a number, for example 37.5665, or click the map.</source>
        <translation>위도를 숫자(예: 37.5665)로 입력하거나 지도를 클릭하십시오.</translation>
    </message>
    <message>
        <source>Enter the longitude as a number, for example 126.978, or click the map.</source>
        <translation>경도를 숫자(예: 126.978)로 입력하거나 지도를 클릭하십시오.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ProblemListModel</name>
    <message numerus="yes">
        <source>%n resident(s) said “me too”</source>
        <translation>
            <numerusform>주민 %n명이 공감했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>댓글 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>마지막 수정: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Me too</source>
        <translation>공감</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>수정일</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>How many residents said “me too”</source>
        <translation>공감한 주민 수</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Where the problem stands with the city hub (empty: nothing waiting)</source>
        <translation>도시 허브와의 동기화 상태(비어 있으면 보낼 변경 없음)</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ProblemListPanel</name>
    <message>
        <source>Search problems…</source>
        <translation>문제 검색…</translation>
    </message>
    <message>
        <source>Only what the map shows</source>
        <translation>지도에 보이는 문제만</translation>
    </message>
    <message>
        <source>List only the problems inside the part of the map you see</source>
        <translation>지금 보이는 지도 영역 안의 문제만 목록에 표시합니다</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>모든 분류</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>분류 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only some categories</source>
        <translation>일부 분류만 표시</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>상태 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only some statuses</source>
        <translation>일부 상태만 표시</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>문제 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n problem(s)</source>
        <translation>
            <numerusform>문제 %n개 중 %1개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balgul::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>A new language is used the next time Balgul starts.</source>
        <translation>새 언어는 발굴을 다음에 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>Base map</source>
        <translation>배경지도</translation>
    </message>
    <message>
        <source>OpenStreetMap (online)</source>
        <translation>OpenStreetMap(온라인)</translation>
    </message>
    <message>
        <source>A tile address with {z}, {x} and {y} in it</source>
        <translation>{z}, {x}, {y}가 들어 있는 타일 주소</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>Offline map file (MBTiles)</source>
        <translation>오프라인 지도 파일(MBTiles)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Plain map without tiles (no network, no file)</source>
        <translation>타일 없는 단순 지도(네트워크·파일 불필요)</translation>
    </message>
    <message>
        <source>How others see you, e.g. Kim Minji</source>
        <translation>다른 사람에게 보이는 이름, 예: 김민지</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>The tile address must start with https:// or http://.</source>
        <translation>타일 주소는 https:// 또는 http://로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>The tile address needs {z}, {x} and {y} where the zoom and tile numbers go.</source>
        <translation>타일 주소에는 줌 수준과 타일 번호가 들어갈 자리에 {z}, {x}, {y}가 있어야 합니다.</translation>
    </message>
    <message>
        <source>Choose the offline map file.</source>
        <translation>오프라인 지도 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be found.</source>
        <translation>“%1” 파일을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose an offline map</source>
        <translation>오프라인 지도 선택</translation>
    </message>
    <message>
        <source>MBTiles map files (*.mbtiles);;All files (*)</source>
        <translation>MBTiles 지도 파일 (*.mbtiles);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>balgul::ui::SimilarProblemsBox</name>
    <message>
        <source>%1 m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1km</translation>
    </message>
    <message>
        <source>Similar problems nearby (%1)</source>
        <translation>근처의 비슷한 문제 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %3 · %n supporter(s)</source>
        <translation>
            <numerusform>%1 — %2, %3 · 공감 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Support this instead</source>
        <translation>대신 이 문제에 공감</translation>
    </message>
    <message>
        <source>Add your support to this problem instead of logging a new one</source>
        <translation>새 문제를 기록하는 대신 이 문제에 공감합니다</translation>
    </message>
</context>
<context>
    <name>balgul::ui::SyncController</name>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%1에 로그인했습니다(사용자: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>동기화 중…</translation>
    </message>
    <message>
        <source>Sync failed: %1 — retrying in %2</source>
        <translation>동기화 실패: %1 — %2 후 다시 시도</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>동기화 실패: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>변경 %n건 대기 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>해결할 충돌 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>아직 동기화하지 않음</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>%1 동기화됨</translation>
    </message>
    <message>
        <source>Not connected to a city hub. Everything is kept on this computer.
Sign in to your living lab&apos;s hub in Preferences to share problems with your group.</source>
        <translation>도시 허브에 연결되어 있지 않습니다. 모든 데이터는 이 컴퓨터에 보관됩니다.
발굴단과 문제를 공유하려면 환경 설정에서 리빙랩 허브에 로그인하십시오.</translation>
    </message>
    <message>
        <source>Not signed in to %1.
Sign in again in Preferences.</source>
        <translation>%1에 로그인되어 있지 않습니다.
환경 설정에서 다시 로그인하십시오.</translation>
    </message>
    <message>
        <source>City hub: %1</source>
        <translation>도시 허브: %1</translation>
    </message>
    <message>
        <source>City hub: %1 (signed in as %2)</source>
        <translation>도시 허브: %1 (사용자: %2)</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>마지막 동기화: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here are waiting to be sent.</source>
        <translation>
            <numerusform>이 컴퓨터에서 만든 변경 사항 %n건이 전송을 기다리고 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were changed differently on the hub; open them to choose.</source>
        <translation>
            <numerusform>문제 %n개가 허브에서 다르게 수정되었습니다. 문제를 열어 유지할 값을 선택하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>마지막 동기화에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>클릭하면 지금 동기화합니다.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::TileSourceFactory</name>
    <message>
        <source>The tile address “%1” is not a usable template: it needs an http or https address with {z}, {x} and {y}.</source>
        <translation>“%1” 타일 주소는 사용할 수 없는 형식입니다. {z}, {x}, {y}가 들어 있는 http 또는 https 주소여야 합니다.</translation>
    </message>
    <message>
        <source>Unknown kind of map tiles “%1” (expected osm, mbtiles or none).</source>
        <translation>알 수 없는 지도 타일 종류입니다: “%1”(osm, mbtiles, none 중 하나여야 합니다).</translation>
    </message>
</context>
<context>
    <name>balgul::ui::XyzTileSource</name>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap 기여자</translation>
    </message>
</context>
</TS>
