<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AddCommentCommand</name>
    <message>
        <source>Add comment “%1”</source>
        <translation>댓글 추가 “%1”</translation>
    </message>
</context>
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
    <name>AttachEvidenceCommand</name>
    <message>
        <source>Attach sensor evidence</source>
        <translation>센서 근거 자료 첨부</translation>
    </message>
    <message>
        <source>Attach sensor evidence “%1”</source>
        <translation>센서 근거 자료 “%1” 첨부</translation>
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
        <source>Fixed</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>Closed, not fixed</source>
        <translation>종결(해결 안 됨)</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>다시 열림</translation>
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
        <source>Balgul could not read or write its data file: %1</source>
        <translation>발굴이 데이터 파일을 읽거나 쓰지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>문제가 생겼습니다: %1</translation>
    </message>
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
    <name>EditCommentCommand</name>
    <message>
        <source>Edit comment “%1”</source>
        <translation>댓글 수정 “%1”</translation>
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
        <source>“%1” contains a control character, which is not text.</source>
        <translation>“%1”에 텍스트가 아닌 제어 문자가 들어 있습니다.</translation>
    </message>
    <message>
        <source>The text contains a control character, which is not text.</source>
        <translation>텍스트에 텍스트가 아닌 제어 문자가 들어 있습니다.</translation>
    </message>
    <message>
        <source>This file is not a Balgul data file: it belongs to another program or is damaged. It was left as it was.</source>
        <translation>발굴 데이터 파일이 아닙니다. 다른 프로그램의 파일이거나 손상된 파일입니다. 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>This file is empty: it is not a Balgul data file yet.</source>
        <translation>빈 파일입니다. 아직 발굴 데이터 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>This data file was written by an older version of Balgul. Open it once in Balgul to upgrade it.</source>
        <translation>이전 버전의 발굴이 만든 데이터 파일입니다. 발굴에서 한 번 열면 새 형식으로 바뀝니다.</translation>
    </message>
    <message>
        <source>This data file is damaged, and Balgul writes nothing more into it. If you sync with a hub, start a new profile and sync it to get back everything that was synced; otherwise put back your last backup of the file. Exporting may still save what can be read.</source>
        <translation>데이터 파일이 손상되어 발굴이 더 이상 이 파일에 쓰지 않습니다. 허브와 동기화해 왔다면 새 프로필을 만들어 동기화하면 동기화된 내용을 모두 되찾을 수 있습니다. 그렇지 않다면 마지막으로 백업한 파일로 되돌리십시오. 내보내기로 읽을 수 있는 내용은 아직 저장할 수 있습니다.</translation>
    </message>
    <message>
        <source>The folder of the data file is read-only. Balgul needs to write there: choose another folder or allow writing to it.</source>
        <translation>데이터 파일이 있는 폴더가 읽기 전용입니다. 발굴은 그 폴더에 써야 합니다. 다른 폴더를 고르거나 쓰기를 허용하십시오.</translation>
    </message>
    <message>
        <source>The data file is read-only. Balgul cannot save changes to it.</source>
        <translation>데이터 파일이 읽기 전용이라 변경 내용을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>This is not a file Balgul can read (it is a device, a pipe or a socket).</source>
        <translation>발굴이 읽을 수 있는 파일이 아닙니다(장치, 파이프 또는 소켓입니다).</translation>
    </message>
    <message>
        <source>This file is compressed or an archive. Decompress or extract it first.</source>
        <translation>압축 파일 또는 묶음 파일입니다. 먼저 압축을 풀어 주십시오.</translation>
    </message>
    <message>
        <source>This file is UTF-16 text. Save it as UTF-8 and try again.</source>
        <translation>UTF-16 텍스트 파일입니다. UTF-8로 저장한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>This file is not text: it looks like binary data, a picture or a document.</source>
        <translation>텍스트 파일이 아닙니다. 이진 데이터나 그림, 문서 파일로 보입니다.</translation>
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
    <message>
        <source>Who may vote</source>
        <translation>투표할 수 있는 사람</translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation>리빙랩 실증</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>HubErrorText</name>
    <message>
        <source>The hub did not understand the request. Balgul and the hub may be different versions; ask your hub&apos;s operator.</source>
        <translation>허브가 요청을 이해하지 못했습니다. 발굴과 허브의 버전이 다를 수 있으니 허브 운영자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>The hub had a problem of its own. Please try again later, or tell your hub&apos;s operator.</source>
        <translation>허브 자체에 문제가 생겼습니다. 잠시 후 다시 시도하거나 허브 운영자에게 알리십시오.</translation>
    </message>
    <message>
        <source>Your account may not make this change.</source>
        <translation>이 계정으로는 이 변경을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>The hub no longer accepts your sign-in. Please sign in again.</source>
        <translation>허브가 더 이상 로그인을 받아들이지 않습니다. 다시 로그인하십시오.</translation>
    </message>
    <message>
        <source>The login name or password is wrong.</source>
        <translation>로그인 이름이나 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>This account is disabled on the hub. Ask your group&apos;s coordinator.</source>
        <translation>이 계정은 허브에서 사용이 중지되었습니다. 발굴단 코디네이터에게 문의하십시오.</translation>
    </message>
    <message>
        <source>The hub did not accept a value in this change.</source>
        <translation>허브가 이 변경에 든 값을 받아들이지 않았습니다.</translation>
    </message>
    <message>
        <source>The hub did not accept the value of “%1”.</source>
        <translation>허브가 “%1” 값을 받아들이지 않았습니다.</translation>
    </message>
    <message>
        <source>The hub no longer has it. Someone may have deleted it.</source>
        <translation>허브에 더 이상 없습니다. 누군가 삭제했을 수 있습니다.</translation>
    </message>
    <message>
        <source>This login name is taken on the hub.</source>
        <translation>이 로그인 이름은 허브에서 이미 쓰이고 있습니다.</translation>
    </message>
    <message>
        <source>This hub creates accounts only with an invite code.</source>
        <translation>이 허브는 초대 코드가 있어야 계정을 만듭니다.</translation>
    </message>
    <message>
        <source>The invite code is not valid: it may be mistyped, used up or expired.</source>
        <translation>초대 코드가 올바르지 않습니다. 잘못 입력했거나 이미 사용했거나 만료되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>The change is too large for the hub.</source>
        <translation>허브가 받기에는 변경이 너무 큽니다.</translation>
    </message>
    <message>
        <source>Your account has used all the room the hub gives it for photos.</source>
        <translation>이 계정에 허브가 주는 사진 공간을 모두 썼습니다.</translation>
    </message>
    <message>
        <source>A photo was damaged on its way to the hub; it is sent again with the next sync.</source>
        <translation>사진이 허브로 가는 도중 손상되었습니다. 다음 동기화 때 다시 보냅니다.</translation>
    </message>
    <message>
        <source>A photo had not reached the hub yet; it is sent again with the next sync.</source>
        <translation>사진이 아직 허브에 도착하지 않았습니다. 다음 동기화 때 다시 보냅니다.</translation>
    </message>
    <message>
        <source>The hub has had too many attempts. Please wait a little and try again.</source>
        <translation>허브에 시도가 너무 많았습니다. 잠시 기다렸다가 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The hub waited too long for the request. Please try again.</source>
        <translation>허브가 요청을 너무 오래 기다렸습니다. 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The hub already has another person&apos;s change under this change&apos;s number.</source>
        <translation>허브에 이 변경과 같은 번호로 다른 사람의 변경이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Someone else already made something with the same number on the hub.</source>
        <translation>허브에 다른 사람이 같은 번호로 만든 항목이 이미 있습니다.</translation>
    </message>
    <message>
        <source>The hub does not know the version this change was made from. Sync again to fetch the latest.</source>
        <translation>이 변경의 바탕이 된 버전을 허브가 알지 못합니다. 다시 동기화해 최신 내용을 받으십시오.</translation>
    </message>
    <message>
        <source>The hub&apos;s history is older than this computer&apos;s (it was restored from a backup). Balgul fetches everything again.</source>
        <translation>허브의 기록이 이 컴퓨터의 기록보다 오래되었습니다(백업에서 복원됨). 발굴이 모든 내용을 다시 받아 옵니다.</translation>
    </message>
    <message>
        <source>The hub is serving too many connections. Please try again shortly.</source>
        <translation>허브에 연결이 너무 많습니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Someone changed this differently on the hub. Choose which values to keep.</source>
        <translation>누군가 허브에서 이것을 다르게 바꾸었습니다. 남길 값을 고르십시오.</translation>
    </message>
    <message>
        <source>The hub refused the change.</source>
        <translation>허브가 변경을 거절했습니다.</translation>
    </message>
    <message>
        <source>The hub refused this (its reason: %1).</source>
        <translation>허브가 이것을 거절했습니다(사유 코드: %1).</translation>
    </message>
    <message>
        <source>Only the problem&apos;s author or a coordinator may delete it.</source>
        <translation>문제를 올린 사람이나 코디네이터만 삭제할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only a coordinator may change a problem&apos;s status.</source>
        <translation>문제의 상태는 코디네이터만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Only the problem&apos;s author may change its title, description, category or place; only a coordinator its status.</source>
        <translation>제목, 설명, 분류, 위치는 문제를 올린 사람만, 상태는 코디네이터만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Only its author may change this comment.</source>
        <translation>이 댓글은 쓴 사람만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Only the problem&apos;s author or a coordinator may add or remove its photos.</source>
        <translation>사진은 문제를 올린 사람이나 코디네이터만 추가하거나 뺄 수 있습니다.</translation>
    </message>
    <message>
        <source>The problem this belongs to no longer exists on the hub.</source>
        <translation>이것이 속한 문제가 허브에 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Delete the problem</source>
        <translation>문제 삭제</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Comment: “%1”</source>
        <translation>댓글: “%1”</translation>
    </message>
    <message>
        <source>Photo “%1”</source>
        <translation>사진 “%1”</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>Moved on the map</source>
        <translation>지도에서 위치 옮김</translation>
    </message>
    <message>
        <source>Someone changed this problem&apos;s status first. Look at it again before changing it.</source>
        <translation>누군가 이 문제의 상태를 먼저 바꿨습니다. 바꾸기 전에 다시 확인하세요.</translation>
    </message>
    <message>
        <source>A problem cannot move from its status to that one.</source>
        <translation>문제를 지금 상태에서 그 상태로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Another coordinator had already merged this problem into another one; it is shown as the hub has it.</source>
        <translation>다른 코디네이터가 이미 이 문제를 다른 문제에 병합했습니다. 허브에 있는 상태대로 표시합니다.</translation>
    </message>
    <message>
        <source>Undo the merge</source>
        <translation>병합 되돌리기</translation>
    </message>
    <message>
        <source>Mark as a duplicate</source>
        <translation>중복으로 표시</translation>
    </message>
    <message>
        <source>The round had closed when this reached the hub; it changes no more.</source>
        <translation>이것이 허브에 도착했을 때 라운드가 이미 마감되어 있었습니다. 더 이상 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>The round was not open yet when your ballot reached the hub.</source>
        <translation>투표가 허브에 도착했을 때 라운드가 아직 시작되지 않았습니다.</translation>
    </message>
    <message>
        <source>This round is open to a named group of accounts, and yours is not in it.</source>
        <translation>이 라운드는 지정된 계정들만 참여할 수 있으며, 이 계정은 포함되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The hub found that the ballot breaks the round&apos;s rules. Change it and cast it again.</source>
        <translation>허브가 이 투표지가 라운드 규칙에 어긋난다고 판단했습니다. 투표지를 고쳐 다시 투표하십시오.</translation>
    </message>
    <message>
        <source>The round is still open; its results come once it closes.</source>
        <translation>라운드가 아직 진행 중입니다. 결과는 마감된 뒤에 나옵니다.</translation>
    </message>
    <message>
        <source>The hub cannot read this round&apos;s rules. Tell your hub&apos;s operator.</source>
        <translation>허브가 이 라운드의 규칙을 읽을 수 없습니다. 허브 운영자에게 알리십시오.</translation>
    </message>
    <message>
        <source>The consent was withdrawn, so the hub takes no more data under it and has erased what it held.</source>
        <translation>동의가 철회되어 허브는 이 동의로 더 이상 데이터를 받지 않으며, 가지고 있던 데이터를 삭제했습니다.</translation>
    </message>
    <message>
        <source>The consent has expired, so the hub takes no more data under it and has erased what it held.</source>
        <translation>동의 기간이 끝나 허브는 이 동의로 더 이상 데이터를 받지 않으며, 가지고 있던 데이터를 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>ImportProblemsCommand</name>
    <message numerus="yes">
        <source>Import %n problem(s) from “%1”</source>
        <translation>
            <numerusform>“%1”에서 문제 %n개 가져오기</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>Every value of the row is empty</source>
        <translation>행의 모든 값이 비어 있음</translation>
    </message>
    <message>
        <source>The same row appears twice; it was kept once</source>
        <translation>같은 행이 두 번 나와 한 번만 남김</translation>
    </message>
    <message>
        <source>Another row has the same time but different values</source>
        <translation>시간은 같지만 값이 다른 행이 또 있음</translation>
    </message>
    <message>
        <source>The last line of the file is cut off mid-row</source>
        <translation>파일의 마지막 행이 중간에 잘려 있음</translation>
    </message>
    <message>
        <source>The row has more or fewer fields than the header</source>
        <translation>행의 필드 수가 머리글과 다름</translation>
    </message>
    <message>
        <source>The time cannot be read</source>
        <translation>시간을 읽을 수 없음</translation>
    </message>
    <message>
        <source>A value is not a number</source>
        <translation>숫자가 아닌 값이 있음</translation>
    </message>
    <message>
        <source>A value is empty</source>
        <translation>비어 있는 값이 있음</translation>
    </message>
    <message>
        <source>The device wrote its “no data” code instead of a reading</source>
        <translation>측정값 대신 기기의 “자료 없음” 코드가 기록됨</translation>
    </message>
    <message>
        <source>The value is impossible for what is measured</source>
        <translation>측정 항목으로 보아 나올 수 없는 값임</translation>
    </message>
    <message>
        <source>The value is too large to store; it was left out</source>
        <translation>값이 너무 커서 저장할 수 없어 빼 두었습니다</translation>
    </message>
    <message>
        <source>The sensor&apos;s two laser channels disagree</source>
        <translation>센서의 두 레이저 채널 값이 서로 맞지 않음</translation>
    </message>
    <message>
        <source>The GPX track has no point close enough in time to place the reading</source>
        <translation>GPX 트랙에 측정값의 위치를 정할 만큼 시간이 가까운 지점이 없음</translation>
    </message>
    <message>
        <source>The local time happens twice (clocks were put back); the earlier one was taken</source>
        <translation>현지 시간이 두 번 나옴(시계를 뒤로 돌림). 앞의 시간을 사용함</translation>
    </message>
    <message>
        <source>The measuring station marked the value as not to be used</source>
        <translation>측정소가 사용하지 말라고 표시한 값임</translation>
    </message>
    <message>
        <source>A record of the file cannot be read</source>
        <translation>파일의 레코드 하나를 읽을 수 없음</translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <translation>알 수 없는 이유</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>자동 감지</translation>
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
        <translation>AirGradient 내보내기 파일</translation>
    </message>
    <message>
        <source>Atmotube CSV</source>
        <translation>Atmotube CSV</translation>
    </message>
    <message>
        <source>AirKorea JSON</source>
        <translation>에어코리아 JSON</translation>
    </message>
    <message>
        <source>Other CSV (my column mapping)</source>
        <translation>기타 CSV(직접 설정한 열 매핑)</translation>
    </message>
    <message>
        <source>PM1</source>
        <translation>PM1</translation>
    </message>
    <message>
        <source>PM2.5</source>
        <translation>초미세먼지(PM2.5)</translation>
    </message>
    <message>
        <source>PM4</source>
        <translation>PM4</translation>
    </message>
    <message>
        <source>PM10</source>
        <translation>미세먼지(PM10)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <source>Humidity</source>
        <translation>습도</translation>
    </message>
    <message>
        <source>Air pressure</source>
        <translation>기압</translation>
    </message>
    <message>
        <source>Air pressure at sea level</source>
        <translation>해면 기압</translation>
    </message>
    <message>
        <source>Noise (average)</source>
        <translation>소음(평균)</translation>
    </message>
    <message>
        <source>Noise (minimum)</source>
        <translation>소음(최소)</translation>
    </message>
    <message>
        <source>Noise (maximum)</source>
        <translation>소음(최대)</translation>
    </message>
    <message>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <source>Balgul does not recognise the columns of this file as an export it knows (Sensor.Community, PurpleAir, AirGradient, Atmotube, AirKorea).</source>
        <translation>이 파일의 열 구성은 발굴이 아는 내보내기 형식(Sensor.Community, PurpleAir, AirGradient, Atmotube, 에어코리아)이 아닙니다.</translation>
    </message>
    <message>
        <source>The file lacks a column its format needs.</source>
        <translation>파일에 형식상 필요한 열이 없습니다.</translation>
    </message>
    <message>
        <source>The file lacks the column “%1” its format needs.</source>
        <translation>파일에 형식상 필요한 “%1” 열이 없습니다.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>파일이 비어 있습니다. 머리글 행이 없습니다.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Korean Windows text (CP949).</source>
        <translation>파일이 UTF-8도 아니고 한국어 Windows 텍스트(CP949)도 아닙니다.</translation>
    </message>
    <message>
        <source>A line of the file is far too long to be a sensor reading.</source>
        <translation>파일의 한 행이 센서 측정값이라고 보기에는 너무 깁니다.</translation>
    </message>
    <message>
        <source>A quoted field is never closed.</source>
        <translation>따옴표로 시작한 필드가 닫히지 않았습니다.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>올바른 JSON 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The JSON file does not have the shape of a sensor export Balgul knows.</source>
        <translation>JSON 파일의 구조가 발굴이 아는 센서 내보내기 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>AirKorea answered with an error instead of readings.</source>
        <translation>에어코리아가 측정값 대신 오류를 응답했습니다.</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>파일을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>The GPX track is not valid XML.</source>
        <translation>GPX 트랙이 올바른 XML이 아닙니다.</translation>
    </message>
    <message>
        <source>The track file is not a GPX file.</source>
        <translation>트랙 파일이 GPX 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>A point of the GPX track has no valid latitude or longitude.</source>
        <translation>GPX 트랙의 한 지점에 올바른 위도나 경도가 없습니다.</translation>
    </message>
    <message>
        <source>Balgul does not know this time zone. Write a name like Asia/Seoul or an offset like +09:00.</source>
        <translation>발굴이 알지 못하는 시간대입니다. Asia/Seoul 같은 이름이나 +09:00 같은 시차를 입력하십시오.</translation>
    </message>
    <message>
        <source>Balgul does not understand this time format.</source>
        <translation>발굴이 이해할 수 없는 시간 형식입니다.</translation>
    </message>
    <message>
        <source>The times of this file carry their zone, or its format defines it: the time zone you chose does not apply.</source>
        <translation>이 파일의 시각에는 시간대가 들어 있거나 파일 형식이 시간대를 정해 둡니다. 고른 시간대는 적용되지 않습니다.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was stored.</source>
        <translation>가져오기를 취소했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>표시됨</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8(BOM 포함)</translation>
    </message>
    <message>
        <source>CP949 (Korean Windows)</source>
        <translation>CP949(한국어 Windows)</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>세미콜론(;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>쉼표(,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>none (JSON)</source>
        <translation>없음(JSON)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, %2행</translation>
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
        <translation>중복으로 표시</translation>
    </message>
</context>
<context>
    <name>MyDataText</name>
    <message>
        <source> (“%1”, line %2)</source>
        <translation> (“%1”, %2번째 줄)</translation>
    </message>
    <message>
        <source> (“%1”)</source>
        <translation> (“%1”)</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>전기</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>가스</translation>
    </message>
    <message>
        <source>Places (GPX tracks)</source>
        <translation>이동 장소(GPX 경로)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>걸음 수</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>심박수</translation>
    </message>
    <message>
        <source>Walking distance</source>
        <translation>걷기 거리</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>걸음</translation>
    </message>
    <message>
        <source>beats a minute</source>
        <translation>회/분</translation>
    </message>
    <message>
        <source>therms</source>
        <translation>섬(therm)</translation>
    </message>
    <message>
        <source>track points</source>
        <translation>경로 지점</translation>
    </message>
    <message>
        <source>Each reading as it is</source>
        <translation>측정값 그대로</translation>
    </message>
    <message>
        <source>No places</source>
        <translation>장소 없음</translation>
    </message>
    <message>
        <source>Cells of 100 m</source>
        <translation>100m 격자</translation>
    </message>
    <message>
        <source>Cells of 250 m</source>
        <translation>250m 격자</translation>
    </message>
    <message>
        <source>Cells of 500 m</source>
        <translation>500m 격자</translation>
    </message>
    <message>
        <source>Cells of 1 km</source>
        <translation>1km 격자</translation>
    </message>
    <message>
        <source>Research and development</source>
        <translation>연구 개발</translation>
    </message>
    <message>
        <source>Non-commercial research</source>
        <translation>비상업적 연구</translation>
    </message>
    <message>
        <source>Academic research</source>
        <translation>학술 연구</translation>
    </message>
    <message>
        <source>Public benefit</source>
        <translation>공익</translation>
    </message>
    <message>
        <source>Improving public services</source>
        <translation>공공 서비스 개선</translation>
    </message>
    <message>
        <source>Providing a service</source>
        <translation>서비스 제공</translation>
    </message>
    <message>
        <source>This hub</source>
        <translation>이 허브</translation>
    </message>
    <message>
        <source>The living lab</source>
        <translation>리빙랩</translation>
    </message>
    <message>
        <source>A pilot team</source>
        <translation>실증 팀</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>철회됨</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>기간 만료</translation>
    </message>
    <message>
        <source>Not yet with the hub</source>
        <translation>허브에 아직 전달되지 않음</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>유효</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>지점 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1걸음</translation>
    </message>
    <message>
        <source>%1 beats a minute</source>
        <translation>분당 %1회</translation>
    </message>
    <message>
        <source>Green Button</source>
        <translation>그린 버튼</translation>
    </message>
    <message>
        <source>Apple Health</source>
        <translation>Apple 건강</translation>
    </message>
    <message>
        <source>GPX track</source>
        <translation>GPX 경로</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>The reading has no start time</source>
        <translation>측정값에 시작 시각이 없습니다</translation>
    </message>
    <message>
        <source>The time cannot be read</source>
        <translation>시각을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>The value is not a number</source>
        <translation>값이 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>The value is missing</source>
        <translation>값이 비어 있습니다</translation>
    </message>
    <message>
        <source>The value is below zero, which it cannot be</source>
        <translation>값이 0보다 작습니다. 이 항목은 음수가 될 수 없습니다</translation>
    </message>
    <message>
        <source>The length of the reading cannot be used</source>
        <translation>측정 구간의 길이를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>A kind of record Balgul does not keep</source>
        <translation>발굴이 보관하지 않는 종류의 기록입니다</translation>
    </message>
    <message>
        <source>A copy of a record that is read on its own</source>
        <translation>따로 읽는 기록의 사본입니다</translation>
    </message>
    <message>
        <source>A record inside another record</source>
        <translation>다른 기록 안에 들어 있는 기록입니다</translation>
    </message>
    <message>
        <source>A unit Balgul cannot convert</source>
        <translation>발굴이 변환할 수 없는 단위입니다</translation>
    </message>
    <message>
        <source>A marked place, not a place passed on a track</source>
        <translation>경로에서 지나간 곳이 아니라 표시해 둔 장소입니다</translation>
    </message>
    <message>
        <source>The position is missing or impossible</source>
        <translation>위치가 없거나 있을 수 없는 값입니다</translation>
    </message>
    <message>
        <source>The row is empty</source>
        <translation>빈 행입니다</translation>
    </message>
    <message>
        <source>The row has more or fewer fields than the header</source>
        <translation>행의 칸 수가 머리글과 다릅니다</translation>
    </message>
    <message>
        <source>The local time does not exist (the clocks jumped over it)</source>
        <translation>존재하지 않는 현지 시각입니다(시계가 그 시각을 건너뛰었습니다)</translation>
    </message>
    <message>
        <source>Readings of another service or flow</source>
        <translation>다른 서비스나 역방향 흐름의 측정값입니다</translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <translation>알 수 없는 이유</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>암호 문구가 틀렸습니다. 키보드 입력 언어와 Caps Lock을 확인하고 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>This profile has no vault yet.</source>
        <translation>이 프로필에는 아직 금고가 없습니다.</translation>
    </message>
    <message>
        <source>This profile already has a vault.</source>
        <translation>이 프로필에는 이미 금고가 있습니다.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it with its passphrase first.</source>
        <translation>금고가 잠겨 있습니다. 먼저 암호 문구로 잠금을 해제하십시오.</translation>
    </message>
    <message>
        <source>A record in the vault cannot be read: it was damaged or altered outside Balgul. Nothing of it is shown or shared.</source>
        <translation>금고의 기록 하나를 읽을 수 없습니다. 발굴 밖에서 손상되었거나 바뀌었습니다. 이 기록은 화면에 보이지도, 공유되지도 않습니다.</translation>
    </message>
    <message>
        <source>The vault is already at least this hard to unlock.</source>
        <translation>금고는 이미 이만큼 이상 열기 어렵게 되어 있습니다.</translation>
    </message>
    <message>
        <source>The vault was changed in another window meanwhile. Lock it, unlock it again and try once more.</source>
        <translation>그사이 다른 창에서 금고가 바뀌었습니다. 잠갔다가 다시 열고 한 번 더 해 보십시오.</translation>
    </message>
    <message>
        <source>This vault was made by a newer Balgul. Update Balgul to open it.</source>
        <translation>이 금고는 더 새로운 발굴에서 만들어졌습니다. 열려면 발굴을 업데이트하십시오.</translation>
    </message>
    <message>
        <source>There is not enough free memory to open the vault. Close other programs and try again.</source>
        <translation>금고를 열 메모리가 부족합니다. 다른 프로그램을 닫고 다시 해 보십시오.</translation>
    </message>
    <message>
        <source>The computer&apos;s encryption failed. Please try again.</source>
        <translation>컴퓨터의 암호화 기능이 실패했습니다. 다시 해 보십시오.</translation>
    </message>
    <message>
        <source>Balgul cannot tell what this file holds%1. It reads Green Button downloads, Apple Health exports (export.xml), GPX tracks and CSV files.</source>
        <translation>이 파일에 무엇이 들어 있는지 알 수 없습니다%1. 발굴은 그린 버튼 내려받기 파일, Apple 건강 내보내기(export.xml), GPX 경로, CSV 파일을 읽습니다.</translation>
    </message>
    <message>
        <source>The file cannot be opened%1.</source>
        <translation>파일을 열 수 없습니다%1.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML%1.</source>
        <translation>파일이 올바른 XML이 아닙니다%1.</translation>
    </message>
    <message>
        <source>The file is not a Green Button download%1.</source>
        <translation>그린 버튼 내려받기 파일이 아닙니다%1.</translation>
    </message>
    <message>
        <source>The file is not an Apple Health export (export.xml)%1.</source>
        <translation>Apple 건강 내보내기 파일(export.xml)이 아닙니다%1.</translation>
    </message>
    <message>
        <source>The file is not a GPX track%1.</source>
        <translation>GPX 경로 파일이 아닙니다%1.</translation>
    </message>
    <message>
        <source>The CSV file has no header row%1.</source>
        <translation>CSV 파일에 머리글 행이 없습니다%1.</translation>
    </message>
    <message>
        <source>The CSV file has no column “%1”.</source>
        <translation>CSV 파일에 “%1” 열이 없습니다.</translation>
    </message>
    <message>
        <source>Choose which columns hold the time and the value, and the unit.</source>
        <translation>시각과 값이 어느 열에 있는지, 단위가 무엇인지 고르십시오.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was stored.</source>
        <translation>취소했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Nothing was sent; try again later.</source>
        <translation>허브에 연결할 수 없습니다. 아무것도 보내지 않았습니다. 나중에 다시 해 보십시오.</translation>
    </message>
    <message>
        <source>The hub answers with another signing key than the one this profile trusts. Nothing was sent. Ask your hub&apos;s operator before going on.</source>
        <translation>허브가 이 프로필이 신뢰하는 서명 키와 다른 키로 응답합니다. 아무것도 보내지 않았습니다. 계속하기 전에 허브 운영자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>The hub&apos;s signing key cannot be read. Nothing was sent.</source>
        <translation>허브의 서명 키를 읽을 수 없습니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The hub&apos;s erasure receipt did not verify against its signing key, so it was not kept. Ask your hub&apos;s operator.</source>
        <translation>허브의 삭제 확인서가 허브 서명 키로 검증되지 않아 보관하지 않았습니다. 허브 운영자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>This consent is not active, so nothing more leaves under it.</source>
        <translation>이 동의는 유효하지 않으므로 이 동의로는 더 이상 아무것도 나가지 않습니다.</translation>
    </message>
    <message>
        <source>It is no longer there.</source>
        <translation>더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Cells holding your home or the place you most often are at night are held back.</source>
        <translation>집이 있는 칸과 밤에 가장 자주 머무는 곳의 칸은 보내지 않습니다.</translation>
    </message>
    <message>
        <source>A 1 km cell is coarse enough that your home cell is not held back.</source>
        <translation>1km 칸은 충분히 넓으므로 집이 있는 칸도 보냅니다.</translation>
    </message>
    <message>
        <source>No places are shared.</source>
        <translation>장소는 공유하지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Kept for %n day(s); sharing ends on %1 and the hub then erases every row. You can withdraw at any time: %2</source>
        <translation>
            <numerusform>보유 기간: %n일. %1에 공유가 끝나며 그때 허브가 모든 행을 삭제합니다. 언제든 동의를 철회할 수 있습니다: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>You may refuse. If you do, the pilot gathers its evidence without your data; nothing else in Balgul changes.</source>
        <translation>동의를 거부할 수 있습니다. 거부하면 실증은 내 데이터 없이 근거 자료를 모으며, 발굴의 다른 기능에는 아무 불이익이 없습니다.</translation>
    </message>
    <message>
        <source>You may refuse. If you do, nothing is shared and nothing else in Balgul changes.</source>
        <translation>동의를 거부할 수 있습니다. 거부하면 아무것도 공유되지 않으며, 발굴의 다른 기능에는 아무 불이익이 없습니다.</translation>
    </message>
    <message>
        <source>Steps, heart rate and walking distance are health data, sensitive information under the Act: you are asked for them on their own, with the box below.</source>
        <translation>걸음 수, 심박수, 걷기 거리는 건강 정보로, 개인정보 보호법상 민감정보입니다. 이 정보는 아래 확인란으로 따로 동의를 받습니다.</translation>
    </message>
    <message>
        <source>the hub you sign in to</source>
        <translation>내가 로그인하는 허브</translation>
    </message>
    <message>
        <source>the hub “%1”</source>
        <translation>허브 “%1”</translation>
    </message>
    <message>
        <source>the living lab behind the hub</source>
        <translation>허브를 운영하는 리빙랩</translation>
    </message>
    <message>
        <source>the living lab “%1”</source>
        <translation>리빙랩 “%1”</translation>
    </message>
    <message>
        <source>a pilot team</source>
        <translation>실증 팀</translation>
    </message>
    <message>
        <source>the team of the pilot “%1”</source>
        <translation>실증 “%1”의 팀</translation>
    </message>
    <message>
        <source>(say in words what the rows are for)</source>
        <translation>(어디에 쓰는지 글로 적어 주십시오)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Purpose: %1 — %2. The rows go to %3.</source>
        <translation>이용 목적: %1 — %2. 받는 곳: %3.</translation>
    </message>
    <message>
        <source>One row per hour</source>
        <translation>한 시간에 한 행</translation>
    </message>
    <message>
        <source>One row per day</source>
        <translation>하루에 한 행</translation>
    </message>
    <message>
        <source>One row per month</source>
        <translation>한 달에 한 행</translation>
    </message>
    <message>
        <source>Each reading leaves as it is, with its own time.</source>
        <translation>측정값 하나하나가 측정 시각과 함께 그대로 나갑니다.</translation>
    </message>
    <message>
        <source>They leave as one row per hour: the total (for heart rate, the average) and how many readings are behind it.</source>
        <translation>한 시간에 한 행으로 나갑니다. 각 행에는 합계(심박수는 평균)와 그 바탕이 된 측정값의 개수가 담깁니다.</translation>
    </message>
    <message>
        <source>They leave as one row per day: the total (for heart rate, the average) and how many readings are behind it.</source>
        <translation>하루에 한 행으로 나갑니다. 각 행에는 합계(심박수는 평균)와 그 바탕이 된 측정값의 개수가 담깁니다.</translation>
    </message>
    <message>
        <source>They leave as one row per month: the total (for heart rate, the average) and how many readings are behind it.</source>
        <translation>한 달에 한 행으로 나갑니다. 각 행에는 합계(심박수는 평균)와 그 바탕이 된 측정값의 개수가 담깁니다.</translation>
    </message>
    <message>
        <source>Items: %1.</source>
        <translation>제공 항목: %1.</translation>
    </message>
    <message>
        <source>Places leave only as the grid cell a track passed (%1) and how many points fell in it, never a position.</source>
        <translation>장소는 경로가 지나간 격자 칸(%1)과 그 칸에 든 지점 수로만 나가며, 위치 좌표는 나가지 않습니다.</translation>
    </message>
    <message>
        <source>Sign in to the hub first (Settings ▸ Preferences ▸ City hub).</source>
        <translation>먼저 허브에 로그인하십시오(설정 ▸ 환경 설정 ▸ 도시 허브).</translation>
    </message>
</context>
<context>
    <name>PilotStrings</name>
    <message>
        <source>Proposed</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>투표 중</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>선정됨</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>평가 완료</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>반려됨</translation>
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
        <translation>소음</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>기온</translation>
    </message>
    <message>
        <source>Problems filed</source>
        <translation>접수된 문제 수</translation>
    </message>
    <message>
        <source>24 h mean</source>
        <translation>24시간 평균</translation>
    </message>
    <message>
        <source>daily mean</source>
        <translation>일평균</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>주당</translation>
    </message>
    <message>
        <source>decrease</source>
        <translation>감소</translation>
    </message>
    <message>
        <source>increase</source>
        <translation>증가</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2, down %3 %</source>
        <extracomment>A pilot&apos;s goal, e.g. &quot;PM2.5, 24 h mean, down 10 %&quot;.</extracomment>
        <translation>%1, %2, %3% 감소</translation>
    </message>
    <message>
        <source>%1, %2, up %3 %</source>
        <translation>%1, %2, %3% 증가</translation>
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
        <translation>허브가 거절함: %1</translation>
    </message>
</context>
<context>
    <name>PreviewText</name>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Time (this computer)</source>
        <translation>시간(이 컴퓨터 기준)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>이상 사항</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
</context>
<context>
    <name>RemoveCommentCommand</name>
    <message>
        <source>Delete comment “%1”</source>
        <translation>댓글 삭제 “%1”</translation>
    </message>
</context>
<context>
    <name>RemoveEvidenceCommand</name>
    <message>
        <source>Remove sensor evidence “%1”</source>
        <translation>센서 근거 자료 “%1” 제거</translation>
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
    <name>StatusText</name>
    <message>
        <source>duplicate</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>out of the city&apos;s remit</source>
        <translation>시의 소관 밖</translation>
    </message>
    <message>
        <source>not reproducible</source>
        <translation>재현되지 않음</translation>
    </message>
    <message>
        <source>referred to another body</source>
        <translation>다른 기관에 이관</translation>
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
    <message>
        <source>The invite code is not valid: it may be mistyped, used up or expired. Ask your group&apos;s coordinator for a new one.</source>
        <translation>초대 코드가 올바르지 않습니다. 잘못 입력했거나 이미 사용했거나 만료되었을 수 있습니다. 발굴단 코디네이터에게 새 코드를 요청하십시오.</translation>
    </message>
    <message>
        <source>This login name is taken on the hub. Choose another one, or leave the invite code empty to sign in to your existing account.</source>
        <translation>허브에서 이미 사용 중인 로그인 이름입니다. 다른 이름을 선택하거나, 기존 계정으로 로그인하려면 초대 코드를 비워 두십시오.</translation>
    </message>
    <message>
        <source>This hub creates accounts only with an invite code.</source>
        <translation>이 허브는 초대 코드가 있어야 계정을 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>The hub did not accept the account: %1</source>
        <translation>허브가 계정을 받아들이지 않았습니다: %1</translation>
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
        <translation>라운드가 이미 마감됨</translation>
    </message>
    <message>
        <source>the round was not open yet</source>
        <translation>라운드가 아직 시작되지 않음</translation>
    </message>
    <message>
        <source>not in the round&apos;s group</source>
        <translation>라운드 참여 대상이 아님</translation>
    </message>
    <message>
        <source>breaks the round&apos;s rules</source>
        <translation>라운드 규칙에 어긋남</translation>
    </message>
    <message>
        <source>see the round</source>
        <translation>라운드를 확인하십시오</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <extracomment>A voting round that has not opened yet.</extracomment>
        <translation>예정</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>A voting round taking ballots.</extracomment>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>하나 고르기</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>찬성 투표</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>점수 나누기(누적 투표)</translation>
    </message>
    <message>
        <source>Budget approval</source>
        <translation>예산 투표</translation>
    </message>
    <message>
        <source>Greedy</source>
        <translation>득표순(그리디)</translation>
    </message>
    <message>
        <source>Greedy without skipping</source>
        <translation>건너뛰기 없는 득표순</translation>
    </message>
    <message>
        <source>Greedy with a minimum score</source>
        <translation>최소 득표 기준 득표순</translation>
    </message>
    <message>
        <source>Method of Equal Shares</source>
        <translation>균등 분담 방식</translation>
    </message>
    <message>
        <source>Choose one pilot.</source>
        <translation>실증 하나를 고르십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Approve exactly %n pilot(s).</source>
        <translation>
            <numerusform>실증 %n개에 찬성하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve at least %1 and at most %2 pilots.</source>
        <translation>실증 %1개 이상 %2개 이하에 찬성하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Approve at least %n pilot(s).</source>
        <translation>
            <numerusform>실증 %n개 이상에 찬성하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve at most %n pilot(s).</source>
        <translation>
            <numerusform>실증에 최대 %n개까지 찬성할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve as many pilots as you like.</source>
        <translation>원하는 만큼 실증에 찬성할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Share up to %n point(s) among the pilots.</source>
        <translation>
            <numerusform>실증들에 최대 %n점을 나누어 주십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the pilots points.</source>
        <translation>실증들에 점수를 주십시오.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n point(s) on one pilot.</source>
        <translation>
            <numerusform>한 실증에는 최대 %n점까지 줄 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve pilots that cost at most %1 in all.</source>
        <translation>비용 합계가 %1 이하가 되도록 실증에 찬성하십시오.</translation>
    </message>
    <message>
        <source>The pilots with the most votes are chosen first; one that no longer fits the money left is skipped.</source>
        <translation>표를 많이 받은 실증부터 선정합니다. 남은 예산에 들어가지 않는 실증은 건너뜁니다.</translation>
    </message>
    <message>
        <source>The pilots with the most votes are chosen first, until the first one that does not fit the money left.</source>
        <translation>표를 많이 받은 실증부터 선정하며, 남은 예산에 들어가지 않는 실증이 처음 나오면 거기서 멈춥니다.</translation>
    </message>
    <message numerus="yes">
        <source>Among the pilots with at least %Ln vote(s), those with the most are chosen first; one that no longer fits is skipped.</source>
        <translation>
            <numerusform>%Ln표 이상 받은 실증 가운데 표를 많이 받은 실증부터 선정합니다. 남은 예산에 들어가지 않는 실증은 건너뜁니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Method of Equal Shares: every voter holds an equal share of the budget, and a pilot is chosen when its supporters can pay for it between them.</source>
        <translation>균등 분담 방식: 모든 투표자가 예산을 똑같이 나누어 가지며, 지지자들이 각자의 몫을 모아 비용을 낼 수 있는 실증이 선정됩니다.</translation>
    </message>
    <message>
        <source>%1 is not a candidate in this round.</source>
        <translation>%1은(는) 이 라운드의 후보가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is chosen twice.</source>
        <translation>%1을(를) 두 번 골랐습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n pilot(s); you chose %1.</source>
        <extracomment>%n is the least number of pilots; %1 how many were chosen.</extracomment>
        <translation>
            <numerusform>실증을 %n개 이상 고르십시오(고른 수: %1개).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n pilot(s); you chose %1.</source>
        <extracomment>%n is the most pilots allowed; %1 how many were chosen.</extracomment>
        <translation>
            <numerusform>실증은 최대 %n개까지 고를 수 있습니다(고른 수: %1개).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose only one pilot; you chose %1.</source>
        <translation>실증은 하나만 고르십시오(고른 수: %1개).</translation>
    </message>
    <message>
        <source>Give %1 at least one point, or leave it out.</source>
        <translation>%1에 1점 이상을 주거나 빼십시오.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n point(s) on one pilot; %1 has %2.</source>
        <translation>
            <numerusform>한 실증에는 최대 %n점까지 줄 수 있습니다(%1: %2점).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n point(s) in all; you gave %1.</source>
        <translation>
            <numerusform>모두 합쳐 최대 %n점까지 줄 수 있습니다(준 점수: %1점).</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen pilots cost %1; at most %2 may be chosen.</source>
        <translation>고른 실증의 비용이 %1입니다. 최대 %2까지 고를 수 있습니다.</translation>
    </message>
    <message>
        <source>Selected: %1 left after it.</source>
        <translation>선정: 선정 후 %1 남음.</translation>
    </message>
    <message>
        <source>Skipped: %1 left, costs %2.</source>
        <translation>건너뜀: %1 남음, 비용 %2.</translation>
    </message>
    <message>
        <source>Not reached: the selection stopped at a pilot before it.</source>
        <translation>차례가 오지 않음: 앞선 실증에서 선정이 멈춤.</translation>
    </message>
    <message>
        <source>The selection stopped here: %1 left, costs %2.</source>
        <translation>여기서 선정이 멈춤: %1 남음, 비용 %2.</translation>
    </message>
    <message>
        <source>Below the minimum score: %L1 of %L2 needed.</source>
        <translation>최소 득표 미달: %L2 필요, %L1 받음.</translation>
    </message>
    <message numerus="yes">
        <source>Selected: its %n supporter(s) paid %1 each.</source>
        <translation>
            <numerusform>선정: 지지자 %n명이 각각 %1씩 냄.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected: its %n supporter(s) paid %1 to %2 each.</source>
        <translation>
            <numerusform>선정: 지지자 %n명이 각각 %1~%2씩 냄.</numerusform>
        </translation>
    </message>
    <message>
        <source>(Chosen as the shares grew to spend the budget left.)</source>
        <translation>(남은 예산을 쓰도록 몫을 늘리는 과정에서 선정됨.)</translation>
    </message>
    <message>
        <source>Not selected: its supporters could not pay %1 between them.</source>
        <translation>선정 안 됨: 지지자들의 몫을 모아도 비용 %1에 못 미침.</translation>
    </message>
    <message>
        <source>Not selected: it costs %1, more than the whole budget of %2.</source>
        <translation>선정 안 됨: 비용 %1, 전체 예산 %2 초과.</translation>
    </message>
    <message>
        <source>Not selected: nobody chose it.</source>
        <translation>선정 안 됨: 고른 사람이 없음.</translation>
    </message>
    <message>
        <source>broken by the lower cost, then the earlier pilot</source>
        <translation>비용이 낮은 실증, 그다음 먼저 제안된 실증 우선</translation>
    </message>
    <message>
        <source>broken by the lower cost</source>
        <translation>비용이 낮은 실증 우선</translation>
    </message>
    <message>
        <source>broken by the earlier pilot</source>
        <translation>먼저 제안된 실증 우선</translation>
    </message>
    <message>
        <source>Tie with %1, %2.</source>
        <extracomment>%1: the pilots with the same score; %2: how the tie was broken.</extracomment>
        <translation>동점: %1 (%2).</translation>
    </message>
    <message>
        <source>%1 would select the same.</source>
        <translation>%1 규칙이라도 같은 실증이 선정됩니다.</translation>
    </message>
    <message>
        <source>With %1: also %2.</source>
        <translation>%1: %2도 선정.</translation>
    </message>
    <message>
        <source>With %1: without %2.</source>
        <translation>%1: %2 빠짐.</translation>
    </message>
    <message>
        <source>With %1: %2 instead of %3.</source>
        <extracomment>E.g. &quot;With Greedy: Quiet streets instead of Shade trees.&quot;</extracomment>
        <translation>%1: %3 대신 %2.</translation>
    </message>
    <message>
        <source>You have not voted.</source>
        <translation>아직 투표하지 않았습니다.</translation>
    </message>
    <message>
        <source>Your ballot is waiting to be sent to the hub (with the next sync).</source>
        <translation>내 투표가 허브로 보내기를 기다리고 있습니다(다음 동기화 때).</translation>
    </message>
    <message>
        <source>Your new ballot is waiting to be sent to the hub; until then your earlier one counts.</source>
        <translation>새 투표가 허브로 보내기를 기다리고 있습니다. 그때까지는 이전 투표가 집계됩니다.</translation>
    </message>
    <message>
        <source>Counted: the hub has your ballot.</source>
        <translation>집계됨: 허브가 내 투표를 받았습니다.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>거절됨: %1</translation>
    </message>
    <message>
        <source>Your earlier ballot still counts.</source>
        <translation>이전 투표는 그대로 집계됩니다.</translation>
    </message>
    <message>
        <source>The hub had not counted a ballot of yours in this round, so there is none to look for.</source>
        <translation>허브가 이 라운드에서 내 투표를 집계하지 않았으므로 찾아볼 투표가 없습니다.</translation>
    </message>
    <message>
        <source>Your receipt is not in the published list: your ballot was not counted as you cast it.</source>
        <translation>내 영수증이 공개 목록에 없습니다. 내 투표는 내가 한 그대로 집계되지 않았습니다.</translation>
    </message>
    <message>
        <source>Your receipt is in the published list, but with other choices than the ones you cast.</source>
        <translation>내 영수증이 공개 목록에 있지만, 내가 고른 것과 다른 선택으로 올라 있습니다.</translation>
    </message>
    <message>
        <source>Your ballot is in the published list, but its Merkle proof does not lead to the published root.</source>
        <translation>내 투표가 공개 목록에 있지만, 머클 증명이 공개된 머클 루트로 이어지지 않습니다.</translation>
    </message>
    <message>
        <source>Your ballot is in the published list with the choices you cast, and its Merkle proof holds.</source>
        <translation>내 투표가 내가 고른 그대로 공개 목록에 있고, 머클 증명도 맞습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The published tally follows from the %Ln published ballot(s).</source>
        <translation>
            <numerusform>공개된 집계 결과가 공개된 투표 %Ln개에서 그대로 나옵니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The published results do not add up:</source>
        <translation>공개된 결과가 맞지 않습니다:</translation>
    </message>
    <message>
        <source>What this proves: your ballot was counted as you cast it, and the published tally follows from the published ballots by the round&apos;s rule. What it does not prove: that every listed ballot came from a different eligible resident. It does not hide how people voted from whoever runs the hub&apos;s database, and it is not coercion-resistant: anyone you show your ballot&apos;s secret can check how you voted. It suits a living lab&apos;s advisory choice, not a binding public election.</source>
        <translation>이 확인으로 알 수 있는 것: 내 투표가 내가 한 그대로 집계되었고, 공개된 집계 결과가 라운드 규칙에 따라 공개된 투표에서 나왔다는 것입니다. 알 수 없는 것: 목록의 투표가 모두 투표 자격이 있는 서로 다른 주민에게서 왔는지입니다. 허브 데이터베이스를 운영하는 사람에게는 누가 어떻게 투표했는지 숨기지 못하며, 강요에 저항하는 방식도 아닙니다. 내 투표의 비밀값을 보여 준 사람은 누구든 내가 어떻게 투표했는지 확인할 수 있습니다. 리빙랩의 자문용 선택에는 알맞지만, 구속력 있는 공공 선거에는 맞지 않습니다.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::AttachEvidenceDialog</name>
    <message>
        <source>Attach sensor evidence</source>
        <translation>센서 근거 자료 첨부</translation>
    </message>
    <message>
        <source>These figures come from the readings stored now. The evidence keeps them with a fingerprint, so anyone can check later that the readings were not altered.</source>
        <translation>이 수치는 지금 저장된 측정값으로 계산한 것입니다. 근거 자료에는 수치와 함께 지문(SHA-256)이 보관되므로, 나중에 누구나 측정값이 바뀌지 않았는지 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Search problems…</source>
        <translation>문제 검색…</translation>
    </message>
    <message>
        <source>e.g. Dust while the road works ran</source>
        <translation>예: 도로 공사 기간의 먼지</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>첨부</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>문제:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>There are no usable readings in this time window. Choose a window with data.</source>
        <translation>이 시간 구간에는 사용할 수 있는 측정값이 없습니다. 자료가 있는 구간을 선택하십시오.</translation>
    </message>
    <message>
        <source>The time window is empty. Choose a window that ends after it starts.</source>
        <translation>시간 구간이 비어 있습니다. 끝 시각이 시작 시각보다 늦은 구간을 선택하십시오.</translation>
    </message>
    <message>
        <source>This sensor series is no longer stored.</source>
        <translation>이 센서 측정 계열은 더 이상 저장되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::BallotDialog</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>The budget bar: the chosen pilots&apos; cost of the budget.</extracomment>
        <translation>%2 중 %1</translation>
    </message>
    <message>
        <source>%1 left to spend</source>
        <translation>남은 예산 %1</translation>
    </message>
    <message>
        <source>%1 over the budget</source>
        <translation>예산 %1 초과</translation>
    </message>
    <message>
        <source>%1 left; costs %2</source>
        <extracomment>Beside a pilot that does not fit the money left.</extracomment>
        <translation>%1 남음, 비용 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) left</source>
        <translation>
            <numerusform>%n점 남음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) too many</source>
        <translation>
            <numerusform>%n점 초과</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) given</source>
        <translation>
            <numerusform>%n점 줌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pilot(s) chosen</source>
        <translation>
            <numerusform>실증 %n개 고름</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote: %1</source>
        <translation>투표: %1</translation>
    </message>
    <message>
        <source>Cast ballot</source>
        <translation>투표하기</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation>암호 문구 바꾸기</translation>
    </message>
    <message>
        <source>The records stay as they are; only the key that opens them is locked again under the new passphrase. A copy of this profile made earlier still opens with the old one.</source>
        <translation>기록은 그대로 두고, 기록을 여는 키만 새 암호 문구로 다시 잠급니다. 이전에 만든 이 프로필의 복사본은 여전히 옛 암호 문구로 열립니다.</translation>
    </message>
    <message>
        <source>&amp;Present passphrase:</source>
        <translation>지금 암호 문구(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>새 암호 문구(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>한 번 더(&amp;R):</translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered.</source>
        <translation>잊어버린 암호 문구는 되찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase</source>
        <translation>암호 문구 바꾸기(&amp;H)</translation>
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
    <name>balgul::ui::ConsentsView</name>
    <message>
        <source>because the consent expired</source>
        <translation>동의 기간이 끝났기 때문에</translation>
    </message>
    <message>
        <source>because you withdrew the consent</source>
        <translation>동의를 철회했기 때문에</translation>
    </message>
    <message numerus="yes">
        <source>The hub erased %n row(s) on %1, %2.</source>
        <translation>
            <numerusform>%2 허브가 %1에 %n행을 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>By category: %1.</source>
        <translation>항목별: %1.</translation>
    </message>
    <message>
        <source>Signature verified by the hub&apos;s key (key id %1).</source>
        <translation>서명이 허브의 키로 확인되었습니다(키 ID %1).</translation>
    </message>
    <message>
        <source>An erasure receipt is kept, but no key of the hub is kept to check its signature with.</source>
        <translation>삭제 확인서는 보관되어 있지만, 서명을 확인할 허브의 키가 보관되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The erasure receipt&apos;s signature does NOT verify against the hub&apos;s key: do not rely on it, and ask your hub&apos;s operator.</source>
        <translation>삭제 확인서의 서명이 허브의 키로 확인되지 않습니다. 이 확인서를 믿지 말고 허브 운영자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>Nothing of your vault has been shared. “Share…” shows exactly what would leave before you agree.</source>
        <translation>금고의 데이터는 아직 공유된 적이 없습니다. “공유…”를 누르면 동의하기 전에 나갈 내용을 정확히 보여 줍니다.</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>공유(&amp;S)…</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>받는 곳</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>동의한 날</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>끝나는 날</translation>
    </message>
    <message>
        <source>&amp;Export Kantara Receipt…</source>
        <translation>Kantara 동의 영수증 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Share &amp;New Records</source>
        <translation>새 기록 공유(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>철회(&amp;W)…</translation>
    </message>
    <message>
        <source>Consent receipt kept on %1 (Kantara Consent Receipt 1.1), for the consent %2.</source>
        <translation>%1에 받은 동의 영수증(Kantara 동의 영수증 1.1)이 보관되어 있습니다. 동의 ID: %2.</translation>
    </message>
    <message>
        <source>The hub has not taken this consent yet, so there is no receipt.</source>
        <translation>허브가 아직 이 동의를 받지 않아 영수증이 없습니다.</translation>
    </message>
    <message>
        <source>Export Kantara Receipt</source>
        <translation>Kantara 동의 영수증 내보내기</translation>
    </message>
    <message>
        <source>Consent receipts (*.json)</source>
        <translation>동의 영수증 (*.json)</translation>
    </message>
    <message>
        <source>This consent has no receipt yet.</source>
        <translation>이 동의에는 아직 영수증이 없습니다.</translation>
    </message>
    <message>
        <source>The receipt could not be written to “%1”: %2</source>
        <translation>영수증을 “%1”에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The consent receipt was written to “%1”.</source>
        <translation>동의 영수증을 “%1”에 썼습니다.</translation>
    </message>
    <message>
        <source>Withdraw Consent</source>
        <translation>동의 철회</translation>
    </message>
    <message>
        <source>Withdraw your consent to share with %1? Nothing more leaves under it, and the hub erases every row it holds under it and gives a signed receipt of the erasure.</source>
        <translation>%1에 대한 공유 동의를 철회하시겠습니까? 이 동의로는 더 이상 아무것도 나가지 않으며, 허브는 이 동의로 받은 모든 행을 삭제하고 서명한 삭제 확인서를 줍니다.</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>철회하는 중…</translation>
    </message>
    <message>
        <source>The consent was not withdrawn: %1</source>
        <translation>동의를 철회하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Withdrawn. %1</source>
        <translation>철회했습니다. %1</translation>
    </message>
    <message>
        <source>Withdrawn. The hub never had this consent, so it held nothing to erase.</source>
        <translation>철회했습니다. 허브가 이 동의를 받은 적이 없어 삭제할 것이 없었습니다.</translation>
    </message>
    <message>
        <source>Working out what is new…</source>
        <translation>새로 보낼 내용을 계산하는 중…</translation>
    </message>
    <message>
        <source>Nothing new to share: the hub has every row of this consent already.</source>
        <translation>새로 공유할 것이 없습니다. 허브에 이 동의의 행이 이미 모두 있습니다.</translation>
    </message>
    <message>
        <source>Share New Records</source>
        <translation>새 기록 공유</translation>
    </message>
    <message numerus="yes">
        <source>%n new row(s) would leave under this consent. Send them?</source>
        <translation>
            <numerusform>이 동의로 새 행 %n개가 나갑니다. 보내시겠습니까?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were sent.</source>
        <translation>
            <numerusform>%n행을 보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation>보내지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>balgul::ui::CreateVaultDialog</name>
    <message>
        <source>Create Vault</source>
        <translation>금고 만들기</translation>
    </message>
    <message>
        <source>The vault keeps your personal records (electricity and gas use, tracks, steps, heart rate) encrypted on this computer. Nothing in it can be read without its passphrase.</source>
        <translation>금고는 내 개인 기록(전기·가스 사용량, 이동 경로, 걸음 수, 심박수)을 이 컴퓨터에 암호화해 보관합니다. 암호 문구 없이는 금고 안의 어떤 것도 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A forgotten passphrase cannot be recovered&lt;/b&gt;, by you, by Balgul or by anyone else: the records in the vault are lost with it. Keep it somewhere safe.</source>
        <translation>&lt;b&gt;잊어버린 암호 문구는 되찾을 수 없습니다.&lt;/b&gt; 나도, 발굴도, 그 누구도 되찾을 수 없으며, 금고의 기록도 함께 잃게 됩니다. 안전한 곳에 적어 두십시오.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>암호 문구(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>한 번 더(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Create Vault</source>
        <translation>금고 만들기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>balgul::ui::EvidenceCard</name>
    <message>
        <source>Sensor evidence</source>
        <translation>센서 근거 자료</translation>
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
        <translation>자료가 있는 시간이 너무 적어 등급을 정할 수 없습니다(24시간마다 18시간 이상 필요)</translation>
    </message>
    <message>
        <source>Grade of the worst 24 h mean in the window: %1 %2 over %3 h</source>
        <translation>구간에서 가장 높은 24시간 평균의 등급: %1 %2(%3시간 자료)</translation>
    </message>
    <message>
        <source>Grade of the window&apos;s mean: %1 %2 over %3 h</source>
        <translation>구간 평균의 등급: %1 %2(%3시간 자료)</translation>
    </message>
    <message>
        <source>Mean %1 %2</source>
        <translation>평균 %1 %2</translation>
    </message>
    <message>
        <source>Highest hourly mean %1 %2</source>
        <translation>최고 시간 평균 %1 %2</translation>
    </message>
    <message>
        <source>Highest single reading: %1 %2</source>
        <translation>최고 단일 측정값: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n h at “%1” or worse</source>
        <translation>
            <numerusform>“%1” 이상 %n시간</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage %1 of %2 h</source>
        <translation>자료 충족률 %2시간 중 %1시간</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) behind the figures</source>
        <translation>
            <numerusform>수치 계산에 쓴 측정값 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged reading(s) left out</source>
        <translation>
            <numerusform>제외한 표시된 측정값 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of exactly the readings in this window:
%1</source>
        <translation>이 구간의 측정값 그대로에 대한 지문(SHA-256):
%1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the whole fingerprint</source>
        <translation>지문 전체 복사</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Compute the fingerprint again from the readings stored now</source>
        <translation>지금 저장된 측정값으로 지문을 다시 계산합니다</translation>
    </message>
    <message>
        <source>Remove this evidence from the problem</source>
        <translation>문제에서 이 근거 자료를 제거합니다</translation>
    </message>
    <message>
        <source>✓ unchanged</source>
        <translation>✓ 변경 없음</translation>
    </message>
    <message>
        <source>✗ readings changed since attached</source>
        <translation>✗ 첨부한 뒤 측정값이 바뀜</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>the sensor series is no longer stored, so nothing can be compared</source>
        <translation>센서 측정 계열이 더 이상 저장되어 있지 않아 비교할 수 없음</translation>
    </message>
    <message>
        <source>readings only %1–%2</source>
        <translation>측정값은 %1–%2뿐</translation>
    </message>
</context>
<context>
    <name>balgul::ui::EvidenceCardList</name>
    <message>
        <source>Sensor evidence (%1)</source>
        <translation>센서 근거 자료 (%1)</translation>
    </message>
</context>
<context>
    <name>balgul::ui::FirstStartDialog</name>
    <message>
        <source>Welcome to Balgul</source>
        <translation>발굴에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>What name should others see on the problems and comments you write? When you sign in to your living lab&apos;s hub, your account&apos;s name is used instead. You can change this later in Preferences.</source>
        <translation>내가 올린 문제와 댓글에 다른 사람이 볼 이름을 정하십시오. 리빙랩 허브에 로그인하면 계정 이름이 대신 쓰입니다. 나중에 환경 설정에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Your name, e.g. Kim Minji</source>
        <translation>이름, 예: 김민지</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>건너뛰기(&amp;K)</translation>
    </message>
    <message>
        <source>Write without a name for now</source>
        <translation>지금은 이름 없이 씁니다</translation>
    </message>
</context>
<context>
    <name>balgul::ui::FlaggedReadingsModel</name>
    <message>
        <source>%1 (not counted)</source>
        <translation>%1(통계 제외)</translation>
    </message>
    <message>
        <source>Counted in the statistics, with a warning</source>
        <translation>경고와 함께 통계에 포함됩니다</translation>
    </message>
    <message>
        <source>Kept as a record, never counted in the statistics</source>
        <translation>기록으로만 보관하며 통계에는 포함하지 않습니다</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Why flagged</source>
        <translation>표시된 이유</translation>
    </message>
</context>
<context>
    <name>balgul::ui::FlaggedReadingsView</name>
    <message>
        <source>the device&apos;s no-data code</source>
        <translation>기기의 자료 없음 코드</translation>
    </message>
    <message>
        <source>impossible value</source>
        <translation>나올 수 없는 값</translation>
    </message>
    <message>
        <source>another reading at this time differs</source>
        <translation>같은 시각의 다른 측정값과 다름</translation>
    </message>
    <message>
        <source>the two laser channels disagree</source>
        <translation>두 레이저 채널 값이 맞지 않음</translation>
    </message>
    <message>
        <source>Double-click a reading to show it on the chart</source>
        <translation>측정값을 두 번 클릭하면 차트에 표시합니다</translation>
    </message>
    <message>
        <source>No flagged readings in this window</source>
        <translation>이 구간에는 표시된 측정값이 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged reading(s) in this window</source>
        <translation>
            <numerusform>이 구간의 표시된 측정값 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>No flagged readings</source>
        <translation>표시된 측정값 없음</translation>
    </message>
</context>
<context>
    <name>balgul::ui::GenericMappingDialog</name>
    <message>
        <source>The file has no column “%1”.</source>
        <translation>파일에 “%1” 열이 없습니다.</translation>
    </message>
    <message>
        <source>Balgul does not understand this time format. Choose one from the list or write a pattern with %Y %m %d %H %M %S.</source>
        <translation>발굴이 이해할 수 없는 시간 형식입니다. 목록에서 선택하거나 %Y %m %d %H %M %S로 패턴을 입력하십시오.</translation>
    </message>
    <message>
        <source>A unit does not fit what its column measures.</source>
        <translation>열의 측정 항목에 맞지 않는 단위가 있습니다.</translation>
    </message>
    <message>
        <source>The unit of “%1” does not fit what it measures.</source>
        <translation>“%1” 열의 단위가 측정 항목에 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Balgul does not know this time zone. Write a name like Asia/Seoul or an offset like +09:00.</source>
        <translation>발굴이 알지 못하는 시간대입니다. Asia/Seoul 같은 이름이나 +09:00 같은 시차를 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose the column that holds the time.</source>
        <translation>시간이 들어 있는 열을 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose at least one column with values.</source>
        <translation>값이 들어 있는 열을 하나 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose both a latitude and a longitude column, or neither.</source>
        <translation>위도 열과 경도 열을 모두 선택하거나 둘 다 선택하지 마십시오.</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>%1의 열</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>프리셋 이름</translation>
    </message>
    <message>
        <source>&amp;Save as Preset</source>
        <translation>프리셋으로 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>프리셋:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>세미콜론(;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>쉼표(,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>point (1.5)</source>
        <translation>마침표(1.5)</translation>
    </message>
    <message>
        <source>comma (1,5)</source>
        <translation>쉼표(1,5)</translation>
    </message>
    <message>
        <source>Decimals:</source>
        <translation>소수점:</translation>
    </message>
    <message>
        <source>Columns separated by:</source>
        <translation>열 구분 문자:</translation>
    </message>
    <message>
        <source>Time &amp;column:</source>
        <translation>시간 열(&amp;C):</translation>
    </message>
    <message>
        <source>ISO 8601 (2024-05-01T09:30:00)</source>
        <translation>ISO 8601(2024-05-01T09:30:00)</translation>
    </message>
    <message>
        <source>Unix seconds (1714555800)</source>
        <translation>Unix 초(1714555800)</translation>
    </message>
    <message>
        <source>Unix milliseconds (1714555800000)</source>
        <translation>Unix 밀리초(1714555800000)</translation>
    </message>
    <message>
        <source>Or write a pattern: %Y year, %m month, %d day, %H hour, %M minute, %S second</source>
        <translation>또는 패턴을 입력하십시오: %Y 연, %m 월, %d 일, %H 시, %M 분, %S 초</translation>
    </message>
    <message>
        <source>Time &amp;format:</source>
        <translation>시간 형식(&amp;F):</translation>
    </message>
    <message>
        <source>The zone of times written without one: an IANA name or an offset like +09:00</source>
        <translation>시간대 없이 적힌 시간의 시간대: IANA 이름 또는 +09:00 같은 시차</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>시간대(&amp;Z):</translation>
    </message>
    <message>
        <source>Values and position</source>
        <translation>값과 위치</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>측정 항목</translation>
    </message>
    <message>
        <source>Unit in the file</source>
        <translation>파일의 단위</translation>
    </message>
    <message>
        <source>&amp;Latitude column:</source>
        <translation>위도 열(&amp;L):</translation>
    </message>
    <message>
        <source>L&amp;ongitude column:</source>
        <translation>경도 열(&amp;O):</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>기기(&amp;V):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>The file has no header line with column names.</source>
        <translation>파일에 열 이름이 있는 머리글 행이 없습니다.</translation>
    </message>
    <message>
        <source>None of the first rows can be read this way: %1</source>
        <translation>이 설정으로는 처음 몇 행을 하나도 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>(choose a preset)</source>
        <translation>(프리셋 선택)</translation>
    </message>
    <message>
        <source>Give the preset a name first.</source>
        <translation>먼저 프리셋 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>There is no preset “%1”.</source>
        <translation>“%1” 프리셋이 없습니다.</translation>
    </message>
    <message>
        <source>Unix seconds or ISO 8601, whichever each row has</source>
        <translation>유닉스 초 또는 ISO 8601(행마다 적힌 대로)</translation>
    </message>
</context>
<context>
    <name>balgul::ui::GradeColors</name>
    <message>
        <source>Good</source>
        <comment>Korean air quality grade 좋음</comment>
        <translation>좋음</translation>
    </message>
    <message>
        <source>Moderate</source>
        <comment>Korean air quality grade 보통</comment>
        <translation>보통</translation>
    </message>
    <message>
        <source>Bad</source>
        <comment>Korean air quality grade 나쁨</comment>
        <translation>나쁨</translation>
    </message>
    <message>
        <source>Very bad</source>
        <comment>Korean air quality grade 매우나쁨</comment>
        <translation>매우나쁨</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <comment>too few hours of data for a grade (자료 부족)</comment>
        <translation>자료 부족</translation>
    </message>
</context>
<context>
    <name>balgul::ui::GradeLegend</name>
    <message>
        <source>Air quality, 24 h mean</source>
        <translation>대기질(24시간 평균)</translation>
    </message>
    <message>
        <source>Shared through the hub</source>
        <translation>허브를 통해 공유됨</translation>
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
    <message>
        <source>only for a new account, e.g. K7QF-M2XD-9WPA-HT3C</source>
        <translation>새 계정에만 필요, 예: K7QF-M2XD-9WPA-HT3C</translation>
    </message>
    <message>
        <source>Your group&apos;s coordinator gives new members an invite code. Leave it empty to sign in to an account you already have.</source>
        <translation>새 회원은 발굴단 코디네이터에게 초대 코드를 받습니다. 이미 있는 계정으로 로그인하려면 비워 두십시오.</translation>
    </message>
    <message>
        <source>&amp;Invite code:</source>
        <translation>초대 코드(&amp;I):</translation>
    </message>
    <message>
        <source>Create account and sign in</source>
        <translation>계정 만들고 로그인</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>계정을 만드는 중…</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ImportProgressDialog</name>
    <message>
        <source>Importing Problems</source>
        <translation>문제 가져오기</translation>
    </message>
    <message>
        <source>Importing “%1”</source>
        <translation>“%1” 가져오는 중</translation>
    </message>
    <message>
        <source>Cancelling imports nothing: the problems stay exactly as they were.</source>
        <translation>취소하면 아무것도 가져오지 않습니다. 문제 목록은 지금 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Import</source>
        <translation>가져오기 취소(&amp;N)</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be imported.</source>
        <translation>취소하는 중… 아무것도 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>%1 features read. Indexing them for search…</source>
        <translation>항목 %1개를 읽었습니다. 검색 색인을 만드는 중…</translation>
    </message>
    <message>
        <source>%1 features read (%2% of the file)</source>
        <translation>항목 %1개 읽음 (파일의 %2%)</translation>
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
            <numerusform>문제 %Ln개</numerusform>
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
    <message>
        <source>&amp;Sensors</source>
        <translation>센서(&amp;S)</translation>
    </message>
    <message>
        <source>Se&amp;nsors</source>
        <translation>센서(&amp;N)</translation>
    </message>
    <message>
        <source>Import &amp;Sensor File…</source>
        <translation>센서 파일 가져오기(&amp;S)…</translation>
    </message>
    <message>
        <source>Bring readings of your own sensor (fine dust, noise, temperature) into Balgul as evidence</source>
        <translation>내 센서의 측정값(미세먼지, 소음, 온도)을 근거 자료로 쓰도록 발굴로 가져옵니다</translation>
    </message>
    <message>
        <source>Import Sensor File</source>
        <translation>센서 파일 가져오기</translation>
    </message>
    <message>
        <source>Sensor files (*.csv *.json *.txt);;All files (*)</source>
        <translation>센서 파일 (*.csv *.json *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Please wait until the current sensor import has finished.</source>
        <translation>진행 중인 센서 가져오기가 끝날 때까지 기다려 주십시오.</translation>
    </message>
    <message>
        <source>Imported %1 readings from “%2”.</source>
        <translation>“%2”에서 측정값 %1개를 가져왔습니다.</translation>
    </message>
    <message>
        <source>One file at a time: “%1” is shown first; drop the others after it.</source>
        <translation>파일은 한 번에 하나씩 가져옵니다. “%1” 파일을 먼저 표시하니, 나머지는 그다음에 끌어다 놓으십시오.</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>센서</translation>
    </message>
    <message>
        <source>Sensor &amp;Stations</source>
        <translation>센서 측정소(&amp;S)</translation>
    </message>
    <message>
        <source>Show air-quality stations on the map, coloured by their 24 h grade</source>
        <translation>대기질 측정소를 24시간 등급에 따른 색으로 지도에 표시합니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The sensor evidence is attached to “%1”.</source>
        <translation>센서 근거 자료를 “%1” 문제에 첨부했습니다.</translation>
    </message>
    <message>
        <source>Only its author or a coordinator can change “%1”. You can comment on it or say “me too”.</source>
        <translation>“%1”은(는) 올린 사람이나 코디네이터만 바꿀 수 있습니다. 댓글을 달거나 공감할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only its author or a coordinator can delete “%1”.</source>
        <translation>“%1”은(는) 올린 사람이나 코디네이터만 삭제할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Add Problem…</source>
        <translation>문제 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a problem: click the map where it is (or press and hold)</source>
        <translation>문제 추가: 지도에서 문제가 있는 곳을 클릭하십시오(또는 길게 누르기)</translation>
    </message>
    <message>
        <source>Click the map where the problem is, or press Enter for the middle of the map</source>
        <translation>지도에서 문제가 있는 곳을 클릭하거나 Enter를 눌러 지도 가운데에 놓으십시오</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>사용 설명서(&amp;U)</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>사용 설명서를 엽니다</translation>
    </message>
    <message>
        <source>Looking for your position…</source>
        <translation>내 위치를 찾는 중…</translation>
    </message>
    <message>
        <source>The map is drawn without tiles now. Settings ▸ Preferences brings the online map back.</source>
        <translation>이제 지도를 타일 없이 그립니다. 설정 ▸ 환경 설정에서 온라인 지도로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Choose an offline map</source>
        <translation>오프라인 지도 선택</translation>
    </message>
    <message>
        <source>MBTiles map files (*.mbtiles);;All files (*)</source>
        <translation>MBTiles 지도 파일 (*.mbtiles);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Balgul. It is docs/user-guide.md in Balgul&apos;s source.</source>
        <translation>이 발굴에는 사용 설명서가 설치되어 있지 않습니다. 설명서는 발굴 소스의 docs/user-guide.ko.md입니다.</translation>
    </message>
    <message numerus="yes">
        <source>The list’s filters hide %n of them.</source>
        <translation>
            <numerusform>그중 %n개는 목록의 필터 때문에 보이지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>보이기</translation>
    </message>
    <message>
        <source>The user guide “%1” cannot be read.</source>
        <translation>사용 설명서 “%1”을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The import of “%1” was cancelled: nothing was imported.</source>
        <translation>“%1” 가져오기를 취소했습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>검토 대기열</translation>
    </message>
    <message>
        <source>&amp;Triage Queue</source>
        <translation>검토 대기열(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pilots</source>
        <translation>리빙랩 실증(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;ilots</source>
        <translation>실증(&amp;I)</translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation>리빙랩 실증</translation>
    </message>
    <message>
        <source>Pilot &amp;Zones</source>
        <translation>실증 구역(&amp;Z)</translation>
    </message>
    <message>
        <source>Show the pilots&apos; zones on the map, coloured by phase</source>
        <translation>실증 구역을 단계별 색으로 지도에 표시합니다</translation>
    </message>
    <message>
        <source>&amp;New Pilot…</source>
        <translation>새 실증(&amp;N)…</translation>
    </message>
    <message>
        <source>Make a pilot from the selected problem: a zone, dates and goals</source>
        <translation>선택한 문제로 실증을 만듭니다: 구역, 기간, 목표</translation>
    </message>
    <message>
        <source>Pilot saved; it goes to the hub with the next sync.</source>
        <translation>실증을 저장했습니다. 다음 동기화 때 허브로 보냅니다.</translation>
    </message>
    <message>
        <source>Drawing the zone: click to add vertices; Ctrl+Z undoes.</source>
        <translation>구역 그리기: 클릭하여 꼭짓점을 추가하고, Ctrl+Z로 되돌립니다.</translation>
    </message>
    <message>
        <source>&amp;Voting</source>
        <translation>투표(&amp;V)</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>투표</translation>
    </message>
    <message>
        <source>Open a &amp;Voting Round…</source>
        <translation>투표 라운드 열기(&amp;V)…</translation>
    </message>
    <message>
        <source>Let residents choose between the pilots in the voting phase</source>
        <translation>투표 단계의 실증 가운데 주민이 고르게 합니다</translation>
    </message>
    <message>
        <source>The round is made; it goes to the hub with the next sync.</source>
        <translation>라운드를 만들었습니다. 다음 동기화 때 허브로 보냅니다.</translation>
    </message>
    <message>
        <source>Your ballot is cast; it goes to the hub with the next sync. Receipt: %1</source>
        <translation>투표했습니다. 다음 동기화 때 허브로 보냅니다. 영수증: %1</translation>
    </message>
    <message>
        <source>Close “%1” now? No more ballots are taken, and the results are published once the hub has the change.</source>
        <translation>“%1” 라운드를 지금 마감하시겠습니까? 더 이상 투표를 받지 않으며, 허브에 이 변경이 반영되면 결과가 공개됩니다.</translation>
    </message>
    <message>
        <source>Close Round</source>
        <translation>라운드 마감</translation>
    </message>
    <message>
        <source>The round is closed here; the hub closes it with the next sync.</source>
        <translation>이 컴퓨터에서 라운드를 마감했습니다. 다음 동기화 때 허브에서도 마감됩니다.</translation>
    </message>
    <message>
        <source>My Data</source>
        <translation>내 데이터</translation>
    </message>
    <message>
        <source>&amp;My Data</source>
        <translation>내 데이터(&amp;M)</translation>
    </message>
    <message>
        <source>Your own records in an encrypted vault, and what you share of them</source>
        <translation>암호화된 금고에 보관한 내 기록과 그중 공유한 것</translation>
    </message>
    <message>
        <source>&amp;Import My Data…</source>
        <translation>내 데이터 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Share My Data…</source>
        <translation>내 데이터 공유(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock My Data</source>
        <translation>내 데이터 잠그기(&amp;L)</translation>
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
        <source>The location service was closed.</source>
        <translation>위치 서비스가 종료되었습니다.</translation>
    </message>
    <message>
        <source>The location service failed.</source>
        <translation>위치 서비스에 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>Placing problems on the map…</source>
        <translation>지도에 문제를 표시하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>No position was found within %n second(s). Check that the location service is on, or find the place on the map.</source>
        <translation>
            <numerusform>%n초 안에 위치를 찾지 못했습니다. 위치 서비스가 켜져 있는지 확인하거나 지도에서 장소를 찾으십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click where the problem is (Enter: the middle of the map). Esc cancels.</source>
        <translation>문제가 있는 곳을 클릭하십시오(Enter: 지도 가운데). Esc로 취소합니다.</translation>
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
    <name>balgul::ui::MergeDialog</name>
    <message>
        <source>%1 m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1km</translation>
    </message>
    <message>
        <source>Mark as duplicate</source>
        <translation>중복으로 표시</translation>
    </message>
    <message>
        <source>“%1” says the same as the problem you choose below. It will be closed as a duplicate, and its comments and “me too”s move to the chosen problem.</source>
        <translation>“%1”은(는) 아래에서 고르는 문제와 같은 내용입니다. 이 문제는 중복으로 종결되고, 댓글과 공감은 고른 문제로 옮겨집니다.</translation>
    </message>
    <message>
        <source>Search by title…</source>
        <translation>제목으로 검색…</translation>
    </message>
    <message>
        <source>No other problem matches.</source>
        <translation>맞는 다른 문제가 없습니다.</translation>
    </message>
    <message>
        <source>Why are they the same? (everyone reads it)</source>
        <translation>왜 같은 문제인가요? (모두가 읽습니다)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
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
            <numerusform>%n시간 동안 쓰지 않으면</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n minute(s) without use</source>
        <translation>
            <numerusform>%n분 동안 쓰지 않으면</numerusform>
        </translation>
    </message>
    <message>
        <source>no times</source>
        <translation>시각 없음</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>지금 잠그기(&amp;L)</translation>
    </message>
    <message>
        <source>Your own records — household electricity and gas, GPX tracks, steps, heart rate — can be kept here in an encrypted vault. They stay on this computer: nothing of them leaves it unless you agree, per purpose and recipient, to share exactly the rows shown to you first.</source>
        <translation>가정의 전기·가스 사용량, GPX 경로, 걸음 수, 심박수 같은 내 기록을 여기 암호화된 금고에 보관할 수 있습니다. 기록은 이 컴퓨터에만 남습니다. 목적과 받는 곳마다 먼저 보여 드리는 행을 그대로 공유하는 데 동의하지 않는 한 아무것도 밖으로 나가지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Create Vault…</source>
        <translation>금고 만들기(&amp;C)…</translation>
    </message>
    <message>
        <source>The vault is locked. Its records cannot be read without the passphrase.</source>
        <translation>금고가 잠겨 있습니다. 암호 문구 없이는 기록을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>암호 문구</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>암호 문구(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>잠금 해제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>기록(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;haring</source>
        <translation>공유(&amp;H)</translation>
    </message>
    <message>
        <source>For &amp;You</source>
        <translation>추천(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>금고(&amp;V)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>일수</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>측정값</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>가져온 때</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Remove Import…</source>
        <translation>가져온 기록 지우기(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>잠그지 않음</translation>
    </message>
    <message>
        <source>Lock after this long &amp;without use:</source>
        <translation>쓰지 않고 이만큼 지나면 잠그기(&amp;W):</translation>
    </message>
    <message>
        <source>Lock when Balgul has been in the &amp;background for a minute (as when the screen is locked)</source>
        <translation>발굴이 1분 동안 뒤에 가려져 있으면 잠그기(화면이 잠겼을 때처럼)(&amp;B)</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase…</source>
        <translation>암호 문구 바꾸기(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Strengthen…</source>
        <translation>더 단단하게(&amp;S)…</translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered: the records are lost with it.</source>
        <translation>잊어버린 암호 문구는 되찾을 수 없으며, 기록도 함께 잃게 됩니다.</translation>
    </message>
    <message>
        <source>This system did not let Balgul keep the vault&apos;s key out of the swap file while it is unlocked. The vault works; lock it when you leave the computer.</source>
        <translation>이 시스템에서는 금고가 열려 있는 동안 금고의 키가 스왑 파일에 기록되지 않도록 막을 수 없었습니다. 금고는 정상적으로 작동하지만, 자리를 비울 때는 잠가 두십시오.</translation>
    </message>
    <message>
        <source>My Data</source>
        <translation>내 데이터</translation>
    </message>
    <message>
        <source>No vault yet</source>
        <translation>아직 금고 없음</translation>
    </message>
    <message>
        <source>(no report)</source>
        <translation>(보고서 없음)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the vault cannot be read: they were damaged or altered outside Balgul. They are never shown or shared.</source>
        <translation>
            <numerusform>금고의 기록 %n개를 읽을 수 없습니다. 발굴 밖에서 손상되었거나 바뀌었습니다. 이 기록은 화면에 보이지도, 공유되지도 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault is made and unlocked. Import your records into it.</source>
        <translation>금고를 만들고 잠금을 해제했습니다. 이제 기록을 가져오십시오.</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>암호 문구를 바꿨습니다.</translation>
    </message>
    <message>
        <source>Import My Data</source>
        <translation>내 데이터 가져오기</translation>
    </message>
    <message>
        <source>Personal records (*.xml *.gpx *.csv *.txt);;All files (*)</source>
        <translation>개인 기록 (*.xml *.gpx *.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Remove Import</source>
        <translation>가져온 기록 지우기</translation>
    </message>
    <message>
        <source>Remove every record imported from “%1” from the vault? Rows already shared under a consent stay with their recipient until you withdraw it.</source>
        <translation>“%1”에서 가져온 기록을 모두 금고에서 지우시겠습니까? 이미 동의에 따라 공유한 행은 동의를 철회할 때까지 받는 곳에 남습니다.</translation>
    </message>
    <message>
        <source>The import&apos;s records are removed from the vault.</source>
        <translation>가져온 기록을 금고에서 지웠습니다.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>집</translation>
    </message>
    <message>
        <source>Use the &amp;Map&apos;s Centre</source>
        <translation>지도 가운데를 집으로(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>지우기(&amp;F)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <source>Unlocked — locks %1</source>
        <translation>잠금 해제됨 — %1 잠깁니다</translation>
    </message>
    <message>
        <source>Your home is kept in the vault (%1, %2). When places are shared on a grid finer than 1 km, the cell holding it is held back; the place itself never leaves.</source>
        <translation>집 위치는 금고에 보관되어 있습니다(%1, %2). 1km보다 촘촘한 격자로 장소를 공유할 때는 집이 있는 칸을 보내지 않으며, 집 위치 자체는 절대 나가지 않습니다.</translation>
    </message>
    <message>
        <source>Not given. Places shared on a grid finer than 1 km still hold back the cell where you most often are at night; centre the map on your home and keep it here to hold back its cell too.</source>
        <translation>정하지 않았습니다. 1km보다 촘촘한 격자로 장소를 공유할 때도 밤에 가장 자주 머무는 곳의 칸은 보내지 않습니다. 지도 가운데를 집에 맞추고 여기 보관하면 집이 있는 칸도 보내지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocked — does not lock by itself</source>
        <translation>잠금 해제됨 — 저절로 잠기지 않습니다</translation>
    </message>
    <message>
        <source>The vault also locks when the screen locks (the desktop says so).</source>
        <translation>화면이 잠기면 금고도 잠깁니다(데스크톱이 알려 줍니다).</translation>
    </message>
    <message>
        <source>This desktop does not say when the screen locks: the locks above keep the vault closed instead.</source>
        <translation>이 데스크톱은 화면이 잠기는 때를 알려 주지 않습니다. 대신 위의 잠금이 금고를 닫아 둡니다.</translation>
    </message>
    <message>
        <source>The vault locked with the screen.</source>
        <translation>화면이 잠겨 금고도 잠갔습니다.</translation>
    </message>
    <message>
        <source>Unlock My Data with your passphrase to go on.</source>
        <translation>계속하려면 암호 문구로 내 데이터의 잠금을 해제하세요.</translation>
    </message>
    <message>
        <source>My Data has no vault yet: make one with Create Vault… first.</source>
        <translation>내 데이터에 아직 금고가 없습니다. 먼저 ‘금고 만들기…’로 만드세요.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::NewPassphraseFields</name>
    <message numerus="yes">
        <source>Too short: use at least %n character(s).</source>
        <translation>
            <numerusform>너무 짧습니다. %n자 이상으로 정하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Several unrelated words are easier to remember and harder to guess.</source>
        <translation>약함: 쉽게 짐작할 수 있습니다. 서로 관계없는 낱말 몇 개를 이으면 기억하기는 쉽고 짐작하기는 어렵습니다.</translation>
    </message>
    <message>
        <source>Fair: a word or two more would make it strong.</source>
        <translation>보통: 낱말을 한두 개 더 넣으면 강해집니다.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>강함.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s); a few unrelated words are best.</source>
        <translation>
            <numerusform>%n자 이상. 서로 관계없는 낱말 몇 개가 가장 좋습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>두 암호 문구가 다릅니다.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::OfflineMapBanner</name>
    <message>
        <source>Use the plain map</source>
        <translation>기본 지도 쓰기</translation>
    </message>
    <message>
        <source>A map of lines and degrees that needs no network</source>
        <translation>네트워크가 필요 없는 경위선 지도</translation>
    </message>
    <message>
        <source>Choose a map pack…</source>
        <translation>지도 팩 선택…</translation>
    </message>
    <message>
        <source>An offline map file (MBTiles), for example one your living lab hands out</source>
        <translation>오프라인 지도 파일(MBTiles). 예: 리빙랩에서 나눠 준 파일</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>이 메시지 닫기</translation>
    </message>
    <message>
        <source>The map tiles cannot be loaded from %1: this computer seems to be offline. The map shows only what it loaded before.</source>
        <translation>%1에서 지도 타일을 불러올 수 없습니다. 이 컴퓨터가 오프라인인 것 같습니다. 지도에는 전에 불러온 부분만 보입니다.</translation>
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
    <name>balgul::ui::PilotDetail</name>
    <message>
        <source>Before</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>During</source>
        <translation>기간 중</translation>
    </message>
    <message>
        <source>In the zone</source>
        <translation>구역 안</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation>구역 밖</translation>
    </message>
    <message>
        <source>This pilot is no longer here.</source>
        <translation>이 실증은 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Pilot: %1</source>
        <translation>실증: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; · %3 · %4&lt;br&gt;%5 · made by %6</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; · %3 · %4&lt;br&gt;%5 · 만든 사람 %6</translation>
    </message>
    <message numerus="yes">
        <source>a zone of %n polygon(s)</source>
        <translation>
            <numerusform>다각형 %n개로 된 구역</numerusform>
        </translation>
    </message>
    <message>
        <source>Hypothesis: %1</source>
        <translation>가설: %1</translation>
    </message>
    <message>
        <source>Evaluated with the sensor evidence once the pilot runs.</source>
        <translation>실증이 시작되면 센서 근거 자료로 평가합니다.</translation>
    </message>
    <message>
        <source>Counts of problems are not evaluated yet; the sensor goals are.</source>
        <translation>문제 수 목표는 아직 평가하지 않습니다. 센서 목표만 평가합니다.</translation>
    </message>
    <message>
        <source>The pilot has not started yet.</source>
        <translation>실증이 아직 시작되지 않았습니다.</translation>
    </message>
    <message>
        <source>The evidence could not be read.</source>
        <translation>근거 자료를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>(a problem not in this profile)</source>
        <translation>(이 프로필에 없는 문제)</translation>
    </message>
    <message>
        <source>%1 · %2: %3 → %4</source>
        <translation>%1 · %2: %3 → %4</translation>
    </message>
    <message>
        <source>%1 · %2: proposed</source>
        <translation>%1 · %2: 제안</translation>
    </message>
    <message>
        <source>(not yet sent to the hub)</source>
        <translation>(아직 허브로 보내지 않음)</translation>
    </message>
    <message numerus="yes">
        <source>%1: not enough data — %n station(s) with data inside the zone, 2 needed.</source>
        <translation>
            <numerusform>%1: 자료 부족 — 구역 안에 자료가 있는 측정소가 %n곳뿐입니다(2곳 필요).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: not enough data — %n station(s) with data outside the zone, 2 needed.</source>
        <translation>
            <numerusform>%1: 자료 부족 — 구역 밖에 자료가 있는 측정소가 %n곳뿐입니다(2곳 필요).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not enough data — inside the zone only %2 % of the hours have readings, 75 % needed.</source>
        <translation>%1: 자료 부족 — 구역 안은 측정값이 있는 시간이 %2%뿐입니다(75% 필요).</translation>
    </message>
    <message>
        <source>%1: not enough data — outside the zone only %2 % of the hours have readings, 75 % needed.</source>
        <translation>%1: 자료 부족 — 구역 밖은 측정값이 있는 시간이 %2%뿐입니다(75% 필요).</translation>
    </message>
    <message>
        <source>%1: not enough data — the zone has no readings before the pilot to compare with.</source>
        <translation>%1: 자료 부족 — 비교할 실증 이전의 구역 측정값이 없습니다.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>달성</translation>
    </message>
    <message>
        <source>met, though the interval includes no change</source>
        <translation>달성(단, 신뢰구간에 변화 없음이 포함됨)</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>미달성</translation>
    </message>
    <message>
        <source>%1 in the zone changed %2 while it changed %3 outside: %4 against outside (95 % interval %5 to %6); %7 stations inside, %8 outside, %9 hours of data. Goal %10: %11.</source>
        <translation>%1: 구역 안은 %2, 구역 밖은 %3 변했습니다. 구역 밖 대비 %4 (95% 신뢰구간 %5 ~ %6). 측정소 구역 안 %7곳, 밖 %8곳, 자료 %9시간. 목표 %10: %11.</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>%1(으)로 옮기기</translation>
    </message>
    <message>
        <source>A note for the pilot&apos;s history (what was decided, and why):</source>
        <translation>실증 이력에 남길 메모(무엇을 왜 결정했는지):</translation>
    </message>
    <message>
        <source>Goals and evidence</source>
        <translation>목표와 근거</translation>
    </message>
    <message>
        <source>Made from these problems</source>
        <translation>이 문제들로 만든 실증</translation>
    </message>
    <message>
        <source>History (newest first)</source>
        <translation>이력(최신순)</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>지도에서 보기</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>단계 옮기기…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>No testers yet.</source>
        <translation>아직 참여한 시험 참여자가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n tester(s): %1</source>
        <translation>
            <numerusform>시험 참여자 %n명: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>참여 그만두기</translation>
    </message>
    <message>
        <source>Join as tester</source>
        <translation>시험 참여하기</translation>
    </message>
    <message>
        <source>How is it going? Say what you saw, and when.</source>
        <translation>어떤가요? 언제 무엇을 보았는지 적어 주십시오.</translation>
    </message>
    <message>
        <source>Join as tester to write feedback.</source>
        <translation>시험에 참여하면 의견을 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This pilot takes no more testers.</source>
        <translation>이 실증은 더 이상 시험 참여자를 받지 않습니다.</translation>
    </message>
    <message>
        <source>Join the pilot as a tester to write feedback.</source>
        <translation>의견을 쓰려면 먼저 시험에 참여하십시오.</translation>
    </message>
    <message>
        <source>Write your feedback (at most 2,000 characters).</source>
        <translation>의견을 적어 주십시오(최대 2,000자).</translation>
    </message>
    <message>
        <source>A rating is from 1 to 5.</source>
        <translation>평점은 1부터 5까지입니다.</translation>
    </message>
    <message>
        <source>Testers and feedback</source>
        <translation>시험 참여자와 의견</translation>
    </message>
    <message>
        <source>Add feedback</source>
        <translation>의견 남기기</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>평점 없음</translation>
    </message>
    <message>
        <source>(refused by the hub)</source>
        <translation>(허브가 거절함)</translation>
    </message>
</context>
<context>
    <name>balgul::ui::PilotEditor</name>
    <message>
        <source>Import a zone</source>
        <translation>구역 가져오기</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>(a problem not in this profile)</source>
        <translation>(이 프로필에 없는 문제)</translation>
    </message>
    <message>
        <source>%1 is too large for a zone (at most 16 MiB).</source>
        <translation>%1 파일은 구역으로 쓰기에 너무 큽니다(최대 16 MiB).</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The zone&apos;s outline crosses itself: fix it on the map.</source>
        <translation>구역의 윤곽선이 스스로 교차합니다. 지도에서 고쳐 주십시오.</translation>
    </message>
    <message>
        <source>Only a coordinator makes and changes pilots.</source>
        <translation>실증은 코디네이터만 만들고 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>A pilot cannot move to that phase from where it is.</source>
        <translation>지금 단계에서는 그 단계로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>Give the pilot a title (at most 200 characters).</source>
        <translation>실증 제목을 입력해 주십시오(최대 200자).</translation>
    </message>
    <message>
        <source>A pilot is made from at least one problem of this profile; add one with “Add selected problem”.</source>
        <translation>실증은 이 프로필의 문제 하나 이상으로 만듭니다. “선택한 문제 추가”로 추가해 주십시오.</translation>
    </message>
    <message>
        <source>Draw the zone on the map or import it from GeoJSON (1 to 50 polygons).</source>
        <translation>구역을 지도에 그리거나 GeoJSON에서 가져오십시오(다각형 1~50개).</translation>
    </message>
    <message>
        <source>Polygon %1 of the zone is not a proper outline: at least 3 vertices, not crossing itself.</source>
        <translation>구역의 다각형 %1이(가) 올바른 윤곽선이 아닙니다. 꼭짓점이 3개 이상이고 스스로 교차하지 않아야 합니다.</translation>
    </message>
    <message>
        <source>Choose the day the pilot starts.</source>
        <translation>실증 시작일을 고르십시오.</translation>
    </message>
    <message>
        <source>A pilot runs for at most six months, ending on or after its start.</source>
        <translation>실증 기간은 최대 6개월이며, 종료일은 시작일 이후여야 합니다.</translation>
    </message>
    <message>
        <source>Add at least one measurable goal.</source>
        <translation>측정 가능한 목표를 하나 이상 추가하십시오.</translation>
    </message>
    <message>
        <source>Goal %1: a sensor quantity is a 24 h or daily mean, a count of problems goes by week and names a category, and a decrease is at most 100 %.</source>
        <translation>목표 %1: 센서 항목은 24시간 평균 또는 일평균, 문제 수는 주당 집계와 분류를 정해야 하며, 감소 목표는 최대 100%입니다.</translation>
    </message>
    <message>
        <source>The cost is a whole number of won.</source>
        <translation>비용은 원 단위 정수입니다.</translation>
    </message>
    <message>
        <source>Too long: a pilot starting %1 ends by %2 at the latest.</source>
        <translation>기간이 너무 깁니다. %1에 시작하는 실증은 늦어도 %2에 끝나야 합니다.</translation>
    </message>
    <message>
        <source>Ends by %1 at the latest (six months).</source>
        <translation>늦어도 %1에 끝납니다(6개월).</translation>
    </message>
    <message>
        <source>No zone yet.</source>
        <translation>아직 구역이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n polygon(s), </source>
        <translation>
            <numerusform>다각형 %n개, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vertices</source>
        <translation>
            <numerusform>꼭짓점 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Click the map to add vertices, drag one to move it, right-click one to remove it; Ctrl+Z undoes.</source>
        <translation>지도를 클릭하여 꼭짓점을 추가하고, 끌어서 옮기고, 오른쪽 클릭으로 지웁니다. Ctrl+Z로 되돌립니다.</translation>
    </message>
    <message>
        <source>New pilot</source>
        <translation>새 실증</translation>
    </message>
    <message>
        <source>Edit pilot</source>
        <translation>실증 편집</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>가설</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>구역</translation>
    </message>
    <message>
        <source>e.g. Clean-air streets around two schools</source>
        <translation>예: 두 학교 주변 맑은 공기 거리</translation>
    </message>
    <message>
        <source>What should change, and why?</source>
        <translation>무엇이 왜 달라져야 하나요?</translation>
    </message>
    <message>
        <source>Add selected problem</source>
        <translation>선택한 문제 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Summed as</source>
        <translation>집계 방식</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Target change</source>
        <translation>목표 변화</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>목표 추가</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>목표 빼기</translation>
    </message>
    <message>
        <source>Draw on map</source>
        <translation>지도에 그리기</translation>
    </message>
    <message>
        <source>Import GeoJSON…</source>
        <translation>GeoJSON 가져오기…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
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
        <translation>아직 실증이 없습니다. 코디네이터가 문제로 실증을 만듭니다: 지도 위 구역, 최대 6개월, 측정 가능한 목표.</translation>
    </message>
    <message numerus="yes">
        <source>%n pilot(s)</source>
        <translation>
            <numerusform>실증 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>New pilot…</source>
        <translation>새 실증…</translation>
    </message>
    <message>
        <source>Make a pilot from the selected problem: a zone on the map, dates and goals</source>
        <translation>선택한 문제로 실증을 만듭니다: 지도 위 구역, 기간, 목표</translation>
    </message>
    <message>
        <source>Open a voting round…</source>
        <translation>투표 라운드 열기…</translation>
    </message>
    <message>
        <source>Let residents choose between the pilots in the voting phase</source>
        <translation>투표 단계의 실증 가운데 주민이 고르게 합니다</translation>
    </message>
    <message>
        <source>Close “%1”…</source>
        <translation>“%1” 마감…</translation>
    </message>
    <message>
        <source>Close a voting round</source>
        <translation>투표 라운드 마감</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Stop taking ballots now; the hub publishes the results</source>
        <translation>지금 투표를 마감합니다. 결과는 허브가 공개합니다</translation>
    </message>
    <message>
        <source>⚠ Refused by the hub</source>
        <translation>⚠ 허브가 거절함</translation>
    </message>
</context>
<context>
    <name>balgul::ui::PrecisionOverlay</name>
    <message>
        <source>Your station&apos;s place: stays on this computer</source>
        <translation>내 측정소 위치: 이 컴퓨터에만 남습니다</translation>
    </message>
    <message>
        <source>What others see: the centre of the cell</source>
        <translation>다른 사람에게 보이는 곳: 칸의 가운데</translation>
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
    <message>
        <source>Save comment</source>
        <translation>댓글 저장</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Use the hub&apos;s version</source>
        <translation>허브 내용으로 되돌리기</translation>
    </message>
    <message>
        <source>Put the problem back as it is on the hub</source>
        <translation>문제를 허브에 있는 그대로 되돌립니다</translation>
    </message>
    <message>
        <source>Keep as a comment</source>
        <translation>댓글로 남기기</translation>
    </message>
    <message>
        <source>Add your change as a comment on the problem, which everyone may do, and put the problem back as it is on the hub</source>
        <translation>내 변경을 누구나 쓸 수 있는 댓글로 남기고, 문제는 허브에 있는 그대로 되돌립니다</translation>
    </message>
    <message>
        <source>Only its author or a coordinator can change this problem.</source>
        <translation>이 문제는 올린 사람이나 코디네이터만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>The hub refused your change. %1</source>
        <translation>허브가 내 변경을 거절했습니다. %1</translation>
    </message>
    <message>
        <source>Your change: %1</source>
        <translation>내 변경: %1</translation>
    </message>
    <message>
        <source>Suggested change: %1</source>
        <translation>변경 제안: %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Change your comment</source>
        <translation>내 댓글 수정</translation>
    </message>
    <message>
        <source>Delete your comment (Edit ▸ Undo brings it back)</source>
        <translation>내 댓글 삭제 (편집 ▸ 실행 취소로 되돌릴 수 있음)</translation>
    </message>
    <message>
        <source>Delete your comment</source>
        <translation>내 댓글 삭제</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>다시 열기…</translation>
    </message>
    <message>
        <source>Set status…</source>
        <translation>상태 정하기…</translation>
    </message>
    <message>
        <source>Mark as duplicate…</source>
        <translation>중복으로 표시…</translation>
    </message>
    <message>
        <source>Close this problem as a duplicate of another; its comments and “me too”s move there</source>
        <translation>이 문제를 다른 문제의 중복으로 종결합니다. 댓글과 공감은 그 문제로 옮겨집니다</translation>
    </message>
    <message>
        <source>a problem not on this computer</source>
        <translation>이 컴퓨터에 없는 문제</translation>
    </message>
    <message>
        <source>Duplicate of “%1”</source>
        <translation>“%1”의 중복</translation>
    </message>
    <message>
        <source>Show the problem this one was merged into</source>
        <translation>이 문제가 병합된 문제를 봅니다</translation>
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
        <source>Latitude, e.g. %1</source>
        <translation>위도, 예: %1</translation>
    </message>
    <message>
        <source>Longitude, e.g. %1</source>
        <translation>경도, 예: %1</translation>
    </message>
    <message>
        <source>Save the problem (Ctrl+Enter)</source>
        <translation>문제 저장 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Only the problem&apos;s author may change this; only a coordinator its status.</source>
        <translation>이 항목은 문제를 올린 사람만, 상태는 코디네이터만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Only a coordinator may change a problem&apos;s status.</source>
        <translation>문제의 상태는 코디네이터만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Discard this problem?</source>
        <translation>이 문제를 버릴까요?</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>바꾼 내용을 버릴까요?</translation>
    </message>
    <message>
        <source>What you typed for this problem will be lost.</source>
        <translation>이 문제에 입력한 내용이 사라집니다.</translation>
    </message>
    <message>
        <source>Your changes to this problem will be lost.</source>
        <translation>이 문제에서 바꾼 내용이 사라집니다.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>계속 작성</translation>
    </message>
    <message>
        <source>Enter the latitude as a number, for example %1, or click the map.</source>
        <translation>위도를 숫자(예: %1)로 입력하거나 지도를 클릭하십시오.</translation>
    </message>
    <message>
        <source>Enter the longitude as a number, for example %1, or click the map.</source>
        <translation>경도를 숫자(예: %1)로 입력하거나 지도를 클릭하십시오.</translation>
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
            <numerusform>문제 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n problem(s)</source>
        <translation>
            <numerusform>문제 %Ln개 중 %1개</numerusform>
        </translation>
    </message>
    <message>
        <source>Also list and map the problems a coordinator merged into another as duplicates</source>
        <translation>코디네이터가 중복으로 다른 문제에 병합한 문제도 목록과 지도에 표시합니다</translation>
    </message>
    <message>
        <source>Merged duplicates</source>
        <translation>병합된 중복</translation>
    </message>
</context>
<context>
    <name>balgul::ui::RecommendationsView</name>
    <message numerus="yes">
        <source>Your usual route passes through its zone, %n day(s) a week</source>
        <translation>
            <numerusform>평소 다니는 길이 일주일에 %n일 이 실증 구역을 지납니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Your route passed through its zone on %1 of the %2 days of your tracks</source>
        <translation>경로 기록 %2일 중 %1일 이 실증 구역을 지났습니다</translation>
    </message>
    <message numerus="yes">
        <source>On your usual route, %n day(s) a week</source>
        <translation>
            <numerusform>평소 다니는 길(일주일에 %n일)</numerusform>
        </translation>
    </message>
    <message>
        <source>On your route on %1 of the %2 days of your tracks</source>
        <translation>경로 기록 %2일 중 %1일 지나간 길</translation>
    </message>
    <message>
        <source>%1, within %2 m</source>
        <translation>%1에서 %2m 이내</translation>
    </message>
    <message numerus="yes">
        <source>Your household uses about %1 kWh of electricity a month, more than the %2 kWh reference for %n people</source>
        <translation>
            <numerusform>우리 집은 한 달에 전기를 약 %1kWh 써서 %n인 가구 기준 %2kWh보다 많습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Worked out on this computer from your tracks and your electricity use. Nothing about you leaves it.</source>
        <translation>내 이동 경로와 전기 사용량으로 이 컴퓨터에서 계산했습니다. 나에 관한 어떤 것도 밖으로 나가지 않습니다.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>정하지 않음</translation>
    </message>
    <message>
        <source>Kept in the vault. Used only to compare your electricity use with a household of the same size.</source>
        <translation>금고에 보관됩니다. 같은 인원의 가구와 전기 사용량을 비교하는 데에만 씁니다.</translation>
    </message>
    <message>
        <source>People in your &amp;household:</source>
        <translation>가구원 수(&amp;H):</translation>
    </message>
    <message>
        <source>Nothing to suggest yet. Import GPX tracks of where you go, or your electricity use with your household&apos;s size, and problems and pilots along your way show up here.</source>
        <translation>아직 추천할 것이 없습니다. 다니는 길의 GPX 경로나, 가구원 수와 함께 전기 사용량을 가져오면 내 동선 가까이의 문제와 실증이 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>Double-click to open the pilot</source>
        <translation>두 번 누르면 실증을 엽니다</translation>
    </message>
    <message>
        <source>Double-click to show the problem on the map</source>
        <translation>두 번 누르면 지도에서 문제를 보여 줍니다</translation>
    </message>
    <message>
        <source>What</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>추천 이유</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>실증</translation>
    </message>
    <message>
        <source>Problem · %1</source>
        <translation>문제 · %1</translation>
    </message>
</context>
<context>
    <name>balgul::ui::RecordImportDialog</name>
    <message>
        <source>instant</source>
        <translation>순간값</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message>
        <source>Import My Data</source>
        <translation>내 데이터 가져오기</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>보고서 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import into the Vault</source>
        <translation>금고로 가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>고르기(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <source>Columns of the CSV file</source>
        <translation>CSV 파일의 열</translation>
    </message>
    <message>
        <source>+09:00 (Korea)</source>
        <translation>+09:00 (한국)</translation>
    </message>
    <message>
        <source>&amp;Time column:</source>
        <translation>시각 열(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Value column:</source>
        <translation>값 열(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;What it measures:</source>
        <translation>측정 항목(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>단위(&amp;U):</translation>
    </message>
    <message>
        <source>Times without a zone &amp;are in:</source>
        <translation>시간대가 없는 시각의 기준(&amp;A):</translation>
    </message>
    <message>
        <source>What will be stored in the vault</source>
        <translation>금고에 저장할 내용</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>측정값</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>일수</translation>
    </message>
    <message>
        <source>Start (this computer)</source>
        <translation>시작(이 컴퓨터 시각)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>The first readings, as they will be stored:</source>
        <translation>저장될 모습 그대로의 처음 몇 개 측정값:</translation>
    </message>
    <message>
        <source>What is skipped, and why</source>
        <translation>건너뛰는 것과 그 이유</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>First lines</source>
        <translation>처음 나오는 줄</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>자세히</translation>
    </message>
    <message>
        <source>Personal records (*.xml *.gpx *.csv *.txt);;All files (*)</source>
        <translation>개인 기록 (*.xml *.gpx *.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>형식: %1</translation>
    </message>
    <message>
        <source>Choose which columns hold the time and the value, what they measure and in which unit.</source>
        <translation>시각과 값이 어느 열에 있는지, 무엇을 어떤 단위로 쟀는지 고르십시오.</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>시각 없음</translation>
    </message>
    <message>
        <source>%1 of the file&apos;s %2 readings were stored in the vault; %3 skipped.</source>
        <translation>파일의 측정값 %2개 가운데 %1개를 금고에 저장했고 %3개는 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>%1 of the file&apos;s %2 readings will be stored; %3 are skipped.</source>
        <translation>파일의 측정값 %2개 가운데 %1개를 저장하고 %3개는 건너뜁니다.</translation>
    </message>
    <message>
        <source>They cover %1 to %2.</source>
        <translation>기간: %1 ~ %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n track point(s) have no time: they are kept, but never shared.</source>
        <translation>
            <numerusform>경로 지점 %n개에는 시각이 없습니다. 보관은 하지만 공유하지는 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) ran past midnight and were divided there.</source>
        <translation>
            <numerusform>측정값 %n개는 자정을 넘겨 자정에서 나누었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ca&amp;ncel Import</source>
        <translation>가져오기 취소(&amp;N)</translation>
    </message>
    <message>
        <source>Cancelling stores nothing: the vault stays exactly as it was.</source>
        <translation>취소하면 아무것도 저장하지 않으며, 금고는 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Reading “%1” and sealing its records into the vault…</source>
        <translation>“%1”을(를) 읽어 기록을 금고에 암호화해 넣는 중…</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>파일: %1</translation>
    </message>
    <message>
        <source>%1: %2 (lines %3)</source>
        <translation>%1: %2개 (%3번째 줄)</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ResultsView</name>
    <message>
        <source>These results cannot be read: %1</source>
        <translation>이 결과를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>득표</translation>
    </message>
    <message numerus="yes">
        <source>%n pilot(s) selected, costing %1 of the %2 budget, from %L3 ballots by the rule “%4”.</source>
        <translation>
            <numerusform>“%4” 규칙에 따라 투표 %L3개로 실증 %n개를 선정했습니다. 비용은 예산 %2 중 %1입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Selected</source>
        <translation>✔ 선정</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No other rule to compare with.</source>
        <translation>비교할 다른 규칙이 없습니다.</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>실증</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>선정</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Under the other rules</source>
        <translation>다른 규칙이었다면</translation>
    </message>
    <message>
        <source>Verify my ballot</source>
        <translation>내 투표 확인</translation>
    </message>
    <message>
        <source>Look for your receipt in the published list, with the choices you cast, and check its Merkle proof</source>
        <translation>공개 목록에서 내 영수증과 내가 고른 선택을 찾고 머클 증명을 검사합니다</translation>
    </message>
    <message>
        <source>Verify the tally</source>
        <translation>집계 확인</translation>
    </message>
    <message>
        <source>Count the published ballots again by the round&apos;s rule and check the Merkle root</source>
        <translation>공개된 투표를 라운드 규칙으로 다시 세고 머클 루트를 검사합니다</translation>
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
        <translation>라운드 제목을 입력하십시오.</translation>
    </message>
    <message>
        <source>No pilot is in the voting phase. Move the pilots to decide between to “Voting” on the Pilots board first.</source>
        <translation>투표 단계에 있는 실증이 없습니다. 먼저 리빙랩 실증 보드에서 결정할 실증들을 “투표 중”으로 옮기십시오.</translation>
    </message>
    <message>
        <source>Tick at least one pilot to vote on.</source>
        <translation>투표에 올릴 실증을 하나 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>The least number of pilots a ballot approves is more than the most.</source>
        <translation>투표지에서 찬성할 실증의 최소 수가 최대 수보다 큽니다.</translation>
    </message>
    <message>
        <source>A ballot cannot approve more pilots than the round has.</source>
        <translation>투표지는 라운드에 있는 실증 수보다 많이 찬성할 수 없습니다.</translation>
    </message>
    <message>
        <source>The points on one pilot are more than the points in all.</source>
        <translation>한 실증에 줄 수 있는 점수가 전체 점수보다 큽니다.</translation>
    </message>
    <message>
        <source>Set a budget above %1.</source>
        <translation>예산을 %1보다 크게 정하십시오.</translation>
    </message>
    <message>
        <source>The round must close after it opens.</source>
        <translation>마감 시각은 시작 시각보다 늦어야 합니다.</translation>
    </message>
    <message>
        <source>The closing time has passed; choose a later one.</source>
        <translation>마감 시각이 이미 지났습니다. 더 늦은 시각을 고르십시오.</translation>
    </message>
    <message>
        <source>The ticked pilots cost %1 in all.</source>
        <translation>선택한 실증의 비용은 모두 %1입니다.</translation>
    </message>
    <message>
        <source>Open a Voting Round</source>
        <translation>투표 라운드 열기</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Pilots:</source>
        <translation>실증(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Ballot:</source>
        <translation>투표 방식(&amp;B):</translation>
    </message>
    <message>
        <source>At &amp;least:</source>
        <translation>최소(&amp;L):</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>최대(&amp;M):</translation>
    </message>
    <message>
        <source>P&amp;oints in all:</source>
        <translation>전체 점수(&amp;O):</translation>
    </message>
    <message>
        <source>Points on o&amp;ne pilot:</source>
        <translation>한 실증당 점수(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>규칙(&amp;R):</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>예산(&amp;U):</translation>
    </message>
    <message>
        <source>Minimum &amp;score:</source>
        <translation>최소 득표(&amp;S):</translation>
    </message>
    <message>
        <source>Op&amp;ens:</source>
        <translation>시작(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Closes:</source>
        <translation>마감(&amp;C):</translation>
    </message>
    <message>
        <source>e.g. Cleaner air near schools, spring 2026</source>
        <translation>예: 2026년 봄, 학교 주변 맑은 공기</translation>
    </message>
    <message>
        <source>no limit</source>
        <extracomment>A spin box&apos;s value 0: no limit.</extracomment>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source> pilot(s)</source>
        <translation>개</translation>
    </message>
    <message>
        <source> point(s)</source>
        <translation>점</translation>
    </message>
    <message>
        <source> vote(s)</source>
        <translation>표</translation>
    </message>
    <message>
        <source>₩</source>
        <extracomment>Before the budget amount in its spin box.</extracomment>
        <translation>₩</translation>
    </message>
    <message>
        <source>Open round</source>
        <translation>라운드 열기</translation>
    </message>
    <message>
        <source>Enter the invite&apos;s id as the hub&apos;s operator gave it: eight characters, 0–9 and a–f.</source>
        <translation>허브 운영자가 알려 준 초대 ID를 입력하세요: 0–9와 a–f로 된 여덟 글자입니다.</translation>
    </message>
    <message>
        <source>Who may &amp;vote:</source>
        <translation>투표할 수 있는 사람(&amp;V):</translation>
    </message>
    <message>
        <source>Every resident</source>
        <translation>모든 주민</translation>
    </message>
    <message>
        <source>Those who joined with the invite</source>
        <translation>이 초대로 가입한 사람만</translation>
    </message>
    <message>
        <source>invite id, e.g. 3f2a9c1b</source>
        <extracomment>An invite&apos;s id as `balgul-hub invite list` shows it.</extracomment>
        <translation>초대 ID, 예: 3f2a9c1b</translation>
    </message>
</context>
<context>
    <name>balgul::ui::SensorChartView</name>
    <message>
        <source>Readings</source>
        <translation>측정값</translation>
    </message>
    <message>
        <source>Days with too few hours</source>
        <translation>자료 시간이 부족한 날</translation>
    </message>
    <message>
        <source>Flagged readings</source>
        <translation>표시된 측정값</translation>
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
        <translation>WHO 권고 기준 %1</translation>
    </message>
    <message>
        <source>WHO IT-%1 %2</source>
        <translation>WHO 잠정 목표 IT-%1 %2</translation>
    </message>
    <message>
        <source>Daily means</source>
        <translation>일평균</translation>
    </message>
    <message>
        <source>Hourly means</source>
        <translation>시간 평균</translation>
    </message>
    <message>
        <source>%1 (UTC day): %2 %3, %4 of 24 hours with data</source>
        <translation>%1(UTC 기준 하루): %2 %3, 자료 24시간 중 %4시간</translation>
    </message>
    <message>
        <source>%1: hourly mean %2 %3</source>
        <translation>%1: 시간 평균 %2 %3</translation>
    </message>
</context>
<context>
    <name>balgul::ui::SensorImportDialog</name>
    <message>
        <source>ISO 8601 date and time</source>
        <translation>ISO 8601 날짜·시간</translation>
    </message>
    <message>
        <source>seconds since 1970 (Unix time)</source>
        <translation>1970년부터의 초(Unix 시간)</translation>
    </message>
    <message>
        <source>milliseconds since 1970 (Unix time)</source>
        <translation>1970년부터의 밀리초(Unix 시간)</translation>
    </message>
    <message>
        <source>Import Sensor File</source>
        <translation>센서 파일 가져오기</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>보고서 복사(&amp;C)</translation>
    </message>
    <message>
        <source>A sensor file (CSV or JSON)</source>
        <translation>센서 파일(CSV 또는 JSON)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Set Up &amp;Columns…</source>
        <translation>열 설정(&amp;C)…</translation>
    </message>
    <message>
        <source>Say which column holds the time and which hold values</source>
        <translation>시간이 들어 있는 열과 값이 들어 있는 열을 지정합니다</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>측정 항목</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>파일의 열</translation>
    </message>
    <message>
        <source>Stored unit</source>
        <translation>저장 단위</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>변환</translation>
    </message>
    <message>
        <source>First Rows as Read</source>
        <translation>읽은 결과(처음 몇 행)</translation>
    </message>
    <message>
        <source>Column Mapping</source>
        <translation>열 매핑</translation>
    </message>
    <message>
        <source>First Rows in the File</source>
        <translation>파일의 처음 몇 행</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>기기</translation>
    </message>
    <message>
        <source>e.g. Balcony sensor</source>
        <translation>예: 베란다 센서</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>The zone of times written without one (Atmotube files). An IANA name like Asia/Seoul or an offset like +09:00.</source>
        <translation>시간대 없이 적힌 시간의 시간대입니다(Atmotube 파일). Asia/Seoul 같은 IANA 이름이나 +09:00 같은 시차를 입력합니다.</translation>
    </message>
    <message>
        <source>Local &amp;times are in:</source>
        <translation>현지 시간의 시간대(&amp;T):</translation>
    </message>
    <message>
        <source>Fixed &amp;location</source>
        <translation>고정 위치(&amp;L)</translation>
    </message>
    <message>
        <source>Where a stationary sensor stands, when the file does not say</source>
        <translation>파일에 위치가 없을 때 고정형 센서가 설치된 곳</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>위도:</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>경도:</translation>
    </message>
    <message>
        <source>&amp;Mobile sensing: positions from a GPX track</source>
        <translation>이동 측정(&amp;M): GPX 트랙에서 위치 가져오기</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>트랙:</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>A reading farther in time than this from the track gets no position</source>
        <translation>트랙과의 시간 차이가 이보다 큰 측정값에는 위치를 붙이지 않습니다</translation>
    </message>
    <message>
        <source>Largest gap:</source>
        <translation>최대 시간 차이:</translation>
    </message>
    <message>
        <source>Sensor files (*.csv *.json *.txt);;All files (*)</source>
        <translation>센서 파일 (*.csv *.json *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>GPX Track</source>
        <translation>GPX 트랙</translation>
    </message>
    <message>
        <source>GPX tracks (*.gpx);;All files (*)</source>
        <translation>GPX 트랙 (*.gpx);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose a sensor file to import.</source>
        <translation>가져올 센서 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>Set up the columns of this file first: which one holds the time and which hold values.</source>
        <translation>먼저 이 파일의 열을 설정하십시오. 어느 열에 시간이 있고 어느 열에 값이 있는지 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Choose “Set Up Columns…” to say which column holds what.</source>
        <translation>“열 설정…”을 눌러 각 열에 무엇이 들어 있는지 지정하십시오.</translation>
    </message>
    <message>
        <source>Format: %1 · Encoding: %2 · Separator: %3</source>
        <translation>형식: %1 · 인코딩: %2 · 구분 문자: %3</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1(자동 감지)</translation>
    </message>
    <message>
        <source>Time: column “%1”, %2</source>
        <translation>시간: “%1” 열, %2</translation>
    </message>
    <message>
        <source>%1 (mean of the channels)</source>
        <translation>%1(채널 평균)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Import</source>
        <translation>가져오기 취소(&amp;N)</translation>
    </message>
    <message>
        <source>Cancelling stores nothing: the data file stays exactly as it was.</source>
        <translation>취소하면 아무것도 저장하지 않습니다. 데이터 파일은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행 수</translation>
    </message>
    <message>
        <source>First lines</source>
        <translation>처음 나온 행</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>자세히</translation>
    </message>
    <message>
        <source>The GPX track “%1” could not be found.</source>
        <translation>GPX 트랙 “%1” 파일을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>“%1” 가져오는 중…</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be stored.</source>
        <translation>취소하는 중… 아무것도 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was stored.</source>
        <translation>가져오기를 취소했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>가져온 것이 없습니다: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 rows read — %3 imported, %4 flagged, %5 skipped. %6 readings stored.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2행 읽음 — 가져옴 %3, 표시됨 %4, 건너뜀 %5. 측정값 %6개를 저장했습니다.</translation>
    </message>
    <message>
        <source>%1 positions stored.</source>
        <translation>위치 %1개를 저장했습니다.</translation>
    </message>
    <message>
        <source>Every row was clean.</source>
        <translation>모든 행에 이상이 없었습니다.</translation>
    </message>
    <message>
        <source>Flagged readings are kept but never enter statistics.</source>
        <translation>표시된 측정값은 보관하지만 통계에는 넣지 않습니다.</translation>
    </message>
    <message>
        <source>Sensor import of %1</source>
        <translation>센서 가져오기: %1</translation>
    </message>
    <message>
        <source>Format: %1 · Encoding: %2</source>
        <translation>형식: %1 · 인코딩: %2</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>읽은 행: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>가져옴: %1</translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>표시됨: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>건너뜀: %1</translation>
    </message>
    <message>
        <source>Readings stored: %1</source>
        <translation>저장한 측정값: %1</translation>
    </message>
    <message>
        <source>Positions stored: %1</source>
        <translation>저장한 위치: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3 rows; first lines %4)</source>
        <translation>%1: %2(%3행, 처음 나온 행 %4)</translation>
    </message>
    <message>
        <source>seconds since 1970 (Unix time) or ISO 8601 date and time</source>
        <translation>1970년부터의 초(유닉스 시간) 또는 ISO 8601 날짜와 시간</translation>
    </message>
    <message>
        <source>the pattern %1</source>
        <translation>형식 %1</translation>
    </message>
</context>
<context>
    <name>balgul::ui::SensorPanel</name>
    <message>
        <source>Import sensor file…</source>
        <translation>센서 파일 가져오기…</translation>
    </message>
    <message>
        <source>Readings and hourly means</source>
        <translation>측정값과 시간 평균</translation>
    </message>
    <message>
        <source>Daily means</source>
        <translation>일평균</translation>
    </message>
    <message>
        <source>WHO 2021 lines</source>
        <translation>WHO 2021 기준선</translation>
    </message>
    <message>
        <source>Show the WHO 2021 24-hour guideline and interim targets</source>
        <translation>WHO 2021 24시간 권고 기준과 잠정 목표를 표시합니다</translation>
    </message>
    <message>
        <source>Select window</source>
        <translation>구간 선택</translation>
    </message>
    <message>
        <source>Drag across the chart to select a time window (or Shift+drag at any time)</source>
        <translation>차트를 가로질러 끌면 시간 구간을 선택합니다(언제든 Shift+끌기로도 가능)</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>확대/축소 초기화</translation>
    </message>
    <message>
        <source>Show all readings (Home). Wheel or drag to zoom, middle or Ctrl+drag to pan.</source>
        <translation>모든 측정값을 표시합니다(Home). 휠이나 끌기로 확대/축소하고, 가운데 버튼이나 Ctrl+끌기로 이동합니다.</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>선택 해제</translation>
    </message>
    <message>
        <source>Attach to problem…</source>
        <translation>문제에 첨부…</translation>
    </message>
    <message>
        <source>Attach the selected window of these readings to a problem as evidence</source>
        <translation>선택한 구간의 측정값을 문제의 근거 자료로 첨부합니다</translation>
    </message>
    <message>
        <source>No sensor readings yet.
Import a file from your own sensor (File ▸ Import Sensor File…, or drop it onto the window) to see its readings here.</source>
        <translation>아직 센서 측정값이 없습니다.
내 센서의 파일을 가져오면(파일 ▸ 센서 파일 가져오기… 또는 창에 끌어다 놓기) 여기에서 측정값을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Shift+drag across the chart (or use “Select window”) to see the statistics of a time window.</source>
        <translation>차트에서 Shift+끌기를 하거나 “구간 선택”을 사용하면 시간 구간의 통계를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>%1: no usable readings in this window.</source>
        <translation>%1: 이 구간에는 사용할 수 있는 측정값이 없습니다.</translation>
    </message>
    <message>
        <source>%1: mean %2 %3</source>
        <translation>%1: 평균 %2 %3</translation>
    </message>
    <message>
        <source>highest hourly mean %1 %2 (peak reading %3)</source>
        <translation>최고 시간 평균 %1 %2(최고 측정값 %3)</translation>
    </message>
    <message>
        <source>%1 of %2 hours with data</source>
        <translation>자료 %2시간 중 %1시간</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) at “bad” or worse</source>
        <translation>
            <numerusform>“나쁨” 이상 %n시간</numerusform>
        </translation>
    </message>
    <message>
        <source>worst 24-hour mean %1 %2 (%3 hours with data)</source>
        <translation>가장 높은 24시간 평균 %1 %2(자료 %3시간)</translation>
    </message>
    <message>
        <source>mean of the window %1 %2 (%3 hours with data)</source>
        <translation>구간 평균 %1 %2(자료 %3시간)</translation>
    </message>
    <message>
        <source>%1: grade %2, CAI %3, US AQI %4</source>
        <translation>%1: 등급 %2, CAI %3, 미국 AQI %4</translation>
    </message>
    <message>
        <source>grade: %1 (a 24-hour grade needs %2 hours with data)</source>
        <translation>등급: %1(24시간 등급에는 자료 %2시간이 필요함)</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged reading(s) not counted</source>
        <translation>
            <numerusform>표시된 측정값 %n개 제외</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the readings cover only %1 to %2 (%n minute(s))</source>
        <translation>
            <numerusform>측정값은 %1부터 %2까지(%n분)뿐입니다</numerusform>
        </translation>
    </message>
    <message>
        <source>the readings cover only %1 to %2</source>
        <translation>측정값은 %1부터 %2까지뿐입니다</translation>
    </message>
</context>
<context>
    <name>balgul::ui::SensorSeriesModel</name>
    <message>
        <source>%1 %2, sensor %3</source>
        <translation>%1 %2, 센서 %3</translation>
    </message>
    <message>
        <source>No readings</source>
        <translation>측정값 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) from %1</source>
        <translation>
            <numerusform>%1 기간의 측정값 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>센서</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>측정값</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>기간</translation>
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
    <message>
        <source>While you are signed in to the hub, others see your account&apos;s name, “%1”. This name is used when you are not signed in.</source>
        <translation>허브에 로그인해 있는 동안 다른 사람에게는 계정 이름 “%1”이(가) 보입니다. 이 이름은 로그인하지 않았을 때 쓰입니다.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ShareDialog</name>
    <message>
        <source>Category</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Period (UTC)</source>
        <translation>기간(UTC)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>격자 칸</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the cell of your home are held back.</source>
        <translation>
            <numerusform>집이 있는 칸의 %n행은 보내지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the cell where you most often are at night are held back.</source>
        <translation>
            <numerusform>밤에 가장 자주 머무는 곳의 칸에 든 %n행은 보내지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track point(s) without a time stay here.</source>
        <translation>
            <numerusform>시각이 없는 경로 지점 %n개는 이 컴퓨터에 남습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track point(s) with an impossible position stay here.</source>
        <translation>
            <numerusform>위치가 올바르지 않은 경로 지점 %n개는 이 컴퓨터에 남습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) that cannot be used stay here.</source>
        <translation>
            <numerusform>쓸 수 없는 측정값 %n개는 이 컴퓨터에 남습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Share My Data</source>
        <translation>내 데이터 공유</translation>
    </message>
    <message>
        <source>&amp;Agree and Share</source>
        <translation>동의하고 공유(&amp;A)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>What the rows are for, as the recipient says it (e.g. “to compare households&apos; electricity use before and after the pilot”)</source>
        <translation>받는 곳이 밝힌 이용 목적(예: “실증 전후 가구별 전기 사용량 비교”)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>In &amp;words:</source>
        <translation>설명(&amp;W):</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>받는 곳</translation>
    </message>
    <message>
        <source>The &amp;living lab behind the hub</source>
        <translation>허브를 운영하는 리빙랩(&amp;L)</translation>
    </message>
    <message>
        <source>A &amp;pilot team:</source>
        <translation>실증 팀(&amp;P):</translation>
    </message>
    <message>
        <source>What, and how finely</source>
        <translation>무엇을, 얼마나 자세히</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>&amp;Processing:</source>
        <translation>처리 방법(&amp;P):</translation>
    </message>
    <message>
        <source>Places as &amp;grid cells:</source>
        <translation>장소 격자 크기(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Kept for:</source>
        <translation>보유 기간(&amp;K):</translation>
    </message>
    <message>
        <source>What you agree to</source>
        <translation>동의하는 내용</translation>
    </message>
    <message>
        <source>I agree to share my &amp;health data (steps, heart rate, walking distance)</source>
        <translation>건강 정보(걸음 수, 심박수, 걷기 거리)를 공유하는 데 따로 동의합니다(&amp;H)</translation>
    </message>
    <message>
        <source>What would leave this computer</source>
        <translation>이 컴퓨터에서 나갈 내용</translation>
    </message>
    <message>
        <source>&amp;This hub (%1)</source>
        <translation>이 허브(%1)(&amp;T)</translation>
    </message>
    <message>
        <source>The living lab of %1</source>
        <translation>%1의 리빙랩</translation>
    </message>
    <message>
        <source>In Balgul: My Data ▸ Sharing ▸ Withdraw. The hub then erases every row shared under this consent and signs a receipt of the erasure.</source>
        <translation>발굴의 내 데이터 ▸ 공유 ▸ 철회에서 할 수 있습니다. 그러면 허브가 이 동의로 공유된 모든 행을 삭제하고 서명한 삭제 확인서를 줍니다.</translation>
    </message>
    <message>
        <source>Your vault holds nothing of this kind.</source>
        <translation>금고에 이 종류의 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Working out the rows…</source>
        <translation>나갈 행을 계산하는 중…</translation>
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
        <translation>제공 항목: 하나 이상 고르십시오.</translation>
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
        <translation>공유할 항목을 고르면 나갈 행이 여기 보입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1 %n행</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exactly these %n row(s) would leave this computer, and nothing else: no record ids, file names or positions.</source>
        <translation>
            <numerusform>이 컴퓨터에서는 정확히 아래 %n행만 나가고 그 밖에는 아무것도 나가지 않습니다. 기록 ID, 파일 이름, 위치 좌표는 나가지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is held back.</source>
        <translation>보내지 않고 남기는 것은 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were sent to %1 under your consent; the hub added %2 and replaced %3. The consent and its receipt are kept under My Data ▸ Sharing, where you can withdraw it.</source>
        <translation>
            <numerusform>동의에 따라 %1에 %n행을 보냈습니다. 허브가 %2행을 새로 넣고 %3행을 바꿨습니다. 동의와 영수증은 내 데이터 ▸ 공유에 보관되며, 거기서 동의를 철회할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub has your consent, but sending the rows failed: %1 Try again from My Data ▸ Sharing.</source>
        <translation>허브가 동의는 받았지만 행을 보내지 못했습니다: %1 내 데이터 ▸ 공유에서 다시 해 보십시오.</translation>
    </message>
    <message>
        <source>Nothing was shared: %1</source>
        <translation>아무것도 공유하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;This hub</source>
        <translation>이 허브(&amp;T)</translation>
    </message>
    <message>
        <source>Sign in to the hub first (Settings ▸ Preferences ▸ City hub): sharing needs an account. You can look at what would be shared meanwhile.</source>
        <translation>먼저 허브에 로그인하십시오(설정 ▸ 환경 설정 ▸ 도시 허브). 공유하려면 계정이 필요합니다. 그동안 무엇이 공유될지는 살펴볼 수 있습니다.</translation>
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
    <message>
        <source>None so far. Problems of the same category or with a similar title near the place show here, so that you can support one instead of logging it twice.</source>
        <translation>아직 없습니다. 이곳 가까이에 같은 분류이거나 제목이 비슷한 문제가 있으면 여기에 나타납니다. 같은 문제를 두 번 올리는 대신 그 문제에 공감할 수 있습니다.</translation>
    </message>
    <message>
        <source>Similar problems within about 200 m</source>
        <translation>약 200m 안의 비슷한 문제</translation>
    </message>
    <message>
        <source>Similar problems within about 200 m (%1)</source>
        <translation>약 200m 안의 비슷한 문제 (%1)</translation>
    </message>
</context>
<context>
    <name>balgul::ui::StationActions</name>
    <message>
        <source>The city hub could not be reached. Check the connection and try again.</source>
        <translation>도시 허브에 연결할 수 없습니다. 연결을 확인하고 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The hub no longer accepts your sign-in. Sign in again in the preferences.</source>
        <translation>허브 로그인이 만료되었습니다. 환경 설정에서 다시 로그인하십시오.</translation>
    </message>
    <message>
        <source>The hub refused: this station belongs to someone else.</source>
        <translation>허브가 거부했습니다. 다른 사람의 측정소입니다.</translation>
    </message>
    <message>
        <source>This is another resident&apos;s station from the hub; only its owner can share it.</source>
        <translation>허브에서 가져온 다른 주민의 측정소입니다. 소유자만 공유할 수 있습니다.</translation>
    </message>
    <message>
        <source>A mobile device has no fixed place to show on the map, so it cannot be shared.</source>
        <translation>이동형 기기는 지도에 표시할 고정 위치가 없어 공유할 수 없습니다.</translation>
    </message>
    <message>
        <source>The device has no location. Only a device with a fixed place can be shared.</source>
        <translation>기기에 위치가 없습니다. 고정 위치가 있는 기기만 공유할 수 있습니다.</translation>
    </message>
    <message>
        <source>The device has no readings to share yet.</source>
        <translation>기기에 아직 공유할 측정값이 없습니다.</translation>
    </message>
    <message>
        <source>This device is not shared.</source>
        <translation>이 기기는 공유되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>This station is shared from this computer; it is already here.</source>
        <translation>이 컴퓨터에서 공유한 측정소이므로 이미 여기에 있습니다.</translation>
    </message>
    <message>
        <source>This is one of your own devices, not a station from the hub.</source>
        <translation>허브의 측정소가 아니라 내 기기입니다.</translation>
    </message>
    <message>
        <source>Sign in to a city hub first (Settings ▸ Preferences).</source>
        <translation>먼저 도시 허브에 로그인하십시오(설정 ▸ 환경 설정).</translation>
    </message>
    <message>
        <source>S&amp;hare Station…</source>
        <translation>측정소 공유(&amp;H)…</translation>
    </message>
    <message>
        <source>Publish one of your sensor stations on the city hub, or stop sharing it</source>
        <translation>내 센서 측정소를 도시 허브에 공개하거나 공유를 중지합니다</translation>
    </message>
    <message>
        <source>Stations from the &amp;Hub…</source>
        <translation>허브의 측정소(&amp;H)…</translation>
    </message>
    <message>
        <source>See the stations other residents share and follow them on your map</source>
        <translation>다른 주민이 공유한 측정소를 보고 구독하여 내 지도에 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Update Subscribed Stations</source>
        <translation>구독한 측정소 갱신(&amp;U)</translation>
    </message>
    <message>
        <source>Fetch the latest readings of the stations you follow</source>
        <translation>구독한 측정소의 최신 측정값을 받아옵니다</translation>
    </message>
    <message>
        <source>Sign in to a city hub first (Settings ▸ Preferences)</source>
        <translation>먼저 도시 허브에 로그인하십시오(설정 ▸ 환경 설정)</translation>
    </message>
    <message>
        <source>The subscribed stations could not be updated: %1</source>
        <translation>구독한 측정소를 갱신하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>You follow no stations yet (Sensors ▸ Stations from the Hub…).</source>
        <translation>아직 구독한 측정소가 없습니다(센서 ▸ 허브의 측정소…).</translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n new reading(s) of the stations you follow.</source>
        <translation>
            <numerusform>구독한 측정소의 새 측정값 %n개를 받아왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s) are no longer shared on the hub; their readings stay here.</source>
        <translation>
            <numerusform>측정소 %n곳이 더 이상 허브에서 공유되지 않습니다. 받아 둔 측정값은 이 컴퓨터에 남습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>A station&apos;s place is published exact, or within 100 m, 500 m or 1 km.</source>
        <translation>측정소 위치는 정확한 위치로, 또는 100m, 500m, 1km 범위로 공개됩니다.</translation>
    </message>
    <message>
        <source>within 1 km</source>
        <translation>1km 범위로</translation>
    </message>
    <message>
        <source>within 100 m</source>
        <translation>100m 범위로</translation>
    </message>
    <message>
        <source>within 500 m</source>
        <translation>500m 범위로</translation>
    </message>
    <message>
        <source>at its exact place</source>
        <translation>정확한 위치로</translation>
    </message>
    <message>
        <source>The hub now publishes your station %1 %2 instead of its exact place, to keep your home private. You can change this in Sensors ▸ Share Station.</source>
        <translation>집 위치를 지키기 위해 이제 허브는 측정소 %1을(를) 정확한 위치 대신 %2 공개합니다. 센서 ▸ 측정소 공유에서 바꿀 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::StationLayer</name>
    <message>
        <source>no readings yet</source>
        <translation>아직 측정값 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n시간 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n일 전</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 24 h</source>
        <translation>24시간 중 %1시간</translation>
    </message>
    <message>
        <source>%1: no readings in the last 24 h</source>
        <translation>%1: 최근 24시간 동안 측정값 없음</translation>
    </message>
    <message>
        <source>%1: %2 µg/m³ (24 h mean, %3) · %4</source>
        <translation>%1: %2 µg/m³(24시간 평균, %3) · %4</translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation>등급: %1</translation>
    </message>
    <message>
        <source>Latest reading: %1</source>
        <translation>최근 측정: %1</translation>
    </message>
    <message>
        <source>Shared by another resident through the hub</source>
        <translation>다른 주민이 허브를 통해 공유함</translation>
    </message>
</context>
<context>
    <name>balgul::ui::StationShareDialog</name>
    <message>
        <source>Share Station</source>
        <translation>측정소 공유</translation>
    </message>
    <message>
        <source>Publish one of your sensor stations on the city hub. Everyone can see a shared station on the map with the readings you choose to send.</source>
        <translation>내 센서 측정소를 도시 허브에 공개합니다. 공유한 측정소는 보내기로 선택한 측정값과 함께 누구나 지도에서 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>측정소(&amp;S):</translation>
    </message>
    <message>
        <source>What leaves this computer</source>
        <translation>이 컴퓨터에서 내보낼 자료</translation>
    </message>
    <message>
        <source>Hourly &amp;means (recommended)</source>
        <translation>시간 평균(권장)(&amp;M)</translation>
    </message>
    <message>
        <source>One mean per hour is sent, with the number of readings behind it. Your exact reading times stay here.</source>
        <translation>한 시간에 평균 하나를 계산에 쓴 측정값 개수와 함께 보냅니다. 정확한 측정 시각은 이 컴퓨터에만 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Raw readings</source>
        <translation>원본 측정값(&amp;R)</translation>
    </message>
    <message>
        <source>Every usable reading is sent with its exact time.</source>
        <translation>사용할 수 있는 모든 측정값을 정확한 시각과 함께 보냅니다.</translation>
    </message>
    <message>
        <source>Flagged readings (device error codes, impossible values, conflicting duplicates) never leave this computer.</source>
        <translation>표시된 측정값(기기 오류 코드, 나올 수 없는 값, 서로 다른 중복 값)은 이 컴퓨터 밖으로 보내지 않습니다.</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>보낼 내용</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>공유(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top Sharing</source>
        <translation>공유 중지(&amp;T)</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1(공유 중)</translation>
    </message>
    <message>
        <source>None of your sensor devices has a fixed location. Import the file of a station (a Sensor.Community or PurpleAir export) first; mobile devices and stations from the hub cannot be shared.</source>
        <translation>고정 위치가 있는 센서 기기가 없습니다. 먼저 측정소의 파일(Sensor.Community 또는 PurpleAir 내보내기 파일)을 가져오십시오. 이동형 기기와 허브에서 가져온 측정소는 공유할 수 없습니다.</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>보낼 자료가 없습니다.</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1, 위치 %2, %3</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>센서</translation>
    </message>
    <message>
        <source>Shared now with raw readings.</source>
        <translation>현재 원본 측정값으로 공유 중입니다.</translation>
    </message>
    <message>
        <source>Shared now with hourly means.</source>
        <translation>현재 시간 평균으로 공유 중입니다.</translation>
    </message>
    <message>
        <source>%1: no usable readings</source>
        <translation>%1: 사용할 수 있는 측정값 없음</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hourly mean(s) of %2 readings, %3 – %4</source>
        <translation>
            <numerusform>%1: 측정값 %2개의 시간 평균 %n개, %3 – %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n reading(s), %2 – %3</source>
        <translation>
            <numerusform>%1: 측정값 %n개, %2 – %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The device has no readings yet.</source>
        <translation>기기에 아직 측정값이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>In all: %n hourly mean(s) of %1 series</source>
        <translation>
            <numerusform>합계: 측정 계열 %1개의 시간 평균 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all: %n reading(s) of %1 series</source>
        <translation>
            <numerusform>합계: 측정 계열 %1개의 측정값 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged reading(s) stay on this computer.</source>
        <translation>
            <numerusform>표시된 측정값 %n개는 이 컴퓨터에 남습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing again sends only the days that changed since the hub last confirmed them.</source>
        <translation>다시 공유하면 허브가 마지막으로 확인한 뒤 바뀐 날의 자료만 보냅니다.</translation>
    </message>
    <message>
        <source>&amp;Share Again</source>
        <translation>다시 공유(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in to a city hub first (Settings ▸ Preferences).</source>
        <translation>먼저 도시 허브에 로그인하십시오(설정 ▸ 환경 설정).</translation>
    </message>
    <message>
        <source>Sending to the hub…</source>
        <translation>허브로 보내는 중…</translation>
    </message>
    <message>
        <source>The station was not shared: %1</source>
        <translation>측정소를 공유하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The station is shared on the hub.</source>
        <translation>측정소를 허브에 공유했습니다.</translation>
    </message>
    <message>
        <source>The station is updated on the hub.</source>
        <translation>허브의 측정소를 갱신했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n hourly mean(s)</source>
        <translation>
            <numerusform>시간 평균 %n개를 보냈습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n reading(s)</source>
        <translation>
            <numerusform>측정값 %n개를 보냈습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n request(s): %1 new, %2 changed, %3 already on the hub.</source>
        <translation>
            <numerusform>요청 %n회: 새 자료 %1, 변경 %2, 허브에 이미 있음 %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop Sharing</source>
        <translation>공유 중지</translation>
    </message>
    <message>
        <source>Stop sharing “%1”? The hub erases every reading it holds of this station, and people who follow it get no new readings. Your own readings stay here.</source>
        <translation>“%1” 공유를 중지하시겠습니까? 허브는 이 측정소의 측정값을 모두 지우고, 구독한 사람들은 더 이상 새 측정값을 받지 못합니다. 내 측정값은 이 컴퓨터에 남습니다.</translation>
    </message>
    <message>
        <source>Asking the hub to erase the station…</source>
        <translation>허브에 측정소 삭제를 요청하는 중…</translation>
    </message>
    <message>
        <source>The station is still shared: %1</source>
        <translation>측정소가 아직 공유되어 있습니다: %1</translation>
    </message>
    <message>
        <source>The station is no longer shared. The hub erased its readings.</source>
        <translation>측정소 공유를 중지했습니다. 허브가 측정값을 지웠습니다.</translation>
    </message>
    <message>
        <source>Where others see it</source>
        <translation>다른 사람에게 보이는 위치</translation>
    </message>
    <message>
        <source>Within 500 m (recommended)</source>
        <translation>500m 범위(권장)</translation>
    </message>
    <message>
        <source>Within 1 km</source>
        <translation>1km 범위</translation>
    </message>
    <message>
        <source>Within 100 m</source>
        <translation>100m 범위</translation>
    </message>
    <message>
        <source>Exact place</source>
        <translation>정확한 위치</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>정밀도(&amp;P):</translation>
    </message>
    <message>
        <source>Map of the station&apos;s place and the published cell</source>
        <translation>측정소 위치와 공개되는 칸을 보여 주는 지도</translation>
    </message>
    <message>
        <source>Red ring: your station&apos;s place, which stays on this computer. Blue pin and shaded square: what the hub publishes.</source>
        <translation>빨간 원: 이 컴퓨터에만 남는 내 측정소 위치. 파란 핀과 음영 사각형: 허브가 공개하는 곳.</translation>
    </message>
    <message>
        <source>Choose a station to see where others would see it.</source>
        <translation>측정소를 고르면 다른 사람에게 어디로 보일지 나옵니다.</translation>
    </message>
    <message>
        <source>Others see the station at its exact place (%1, %2). If it hangs at your home, anyone can find your home from the map.</source>
        <translation>다른 사람은 측정소를 정확한 위치(%1, %2)에서 봅니다. 측정소가 집에 달려 있다면 누구든 지도에서 집을 찾을 수 있습니다.</translation>
    </message>
    <message>
        <source>Others see only the centre of a square about %1 m across (%2, %3), the same every time you share. They can learn that the station is somewhere in that square, and its readings; they cannot learn where in the square it is, nor which building.</source>
        <translation>다른 사람은 한 변이 약 %1m인 사각형의 가운데(%2, %3)만 보며, 공유할 때마다 늘 같은 곳입니다. 측정소가 그 사각형 어딘가에 있다는 것과 측정값은 알 수 있지만, 사각형 안 어디인지, 어느 건물인지는 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Sharing again moves the station to this cell, and the hub erases the finer place it had.</source>
        <translation>다시 공유하면 측정소가 이 칸으로 옮겨지고, 허브는 가지고 있던 더 자세한 위치를 삭제합니다.</translation>
    </message>
    <message>
        <source>Sharing again publishes the station more precisely than now.</source>
        <translation>다시 공유하면 측정소가 지금보다 더 정밀하게 공개됩니다.</translation>
    </message>
    <message>
        <source>The station&apos;s name, sensor type and published place (%1, %2) are public on the hub.</source>
        <translation>측정소 이름, 센서 종류, 공개 위치(%1, %2)가 허브에 공개됩니다.</translation>
    </message>
    <message>
        <source>Others see its exact place.</source>
        <translation>다른 사람에게 정확한 위치가 보입니다.</translation>
    </message>
    <message>
        <source>Others see the centre of its %1 m cell.</source>
        <translation>다른 사람에게는 %1m 칸의 가운데가 보입니다.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::StationSubscribeDialog</name>
    <message>
        <source>Stations from the Hub</source>
        <translation>허브의 측정소</translation>
    </message>
    <message>
        <source>Stations other residents share on the city hub. Follow one to see it on your map with its readings; update them later from the Sensors menu.</source>
        <translation>다른 주민이 도시 허브에 공유한 측정소입니다. 구독하면 측정값과 함께 내 지도에 표시되며, 나중에 센서 메뉴에서 갱신할 수 있습니다.</translation>
    </message>
    <message>
        <source>Filter by name, sensor or what it measures</source>
        <translation>이름, 센서, 측정 항목으로 거르기</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>센서</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>측정 항목</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Shared as</source>
        <translation>공유 방식</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>구독(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation>구독 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>측정소 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>raw readings</source>
        <translation>원본 측정값</translation>
    </message>
    <message>
        <source>hourly means</source>
        <translation>시간 평균</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>구독 중</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>내 측정소</translation>
    </message>
    <message>
        <source>Asking the hub for its stations…</source>
        <translation>허브에 측정소 목록을 요청하는 중…</translation>
    </message>
    <message>
        <source>The hub&apos;s stations could not be listed: %1</source>
        <translation>허브의 측정소 목록을 가져오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Nobody shares a station on this hub yet.</source>
        <translation>이 허브에는 아직 공유된 측정소가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s) shared on the hub.</source>
        <translation>
            <numerusform>허브에 공유된 측정소가 %n곳 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to a city hub first (Settings ▸ Preferences).</source>
        <translation>먼저 도시 허브에 로그인하십시오(설정 ▸ 환경 설정).</translation>
    </message>
    <message>
        <source>Subscribing and fetching the station&apos;s readings…</source>
        <translation>구독하고 측정소의 측정값을 받아오는 중…</translation>
    </message>
    <message>
        <source>Subscribed, but its readings could not be fetched yet: %1</source>
        <translation>구독했지만 아직 측정값을 받아오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Not subscribed: %1</source>
        <translation>구독하지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed. Fetched %n reading(s) of the stations you follow.</source>
        <translation>
            <numerusform>구독했습니다. 구독한 측정소의 측정값 %n개를 받아왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still subscribed: %1</source>
        <translation>구독이 취소되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Unsubscribed. The station&apos;s readings are removed from this computer.</source>
        <translation>구독을 취소했습니다. 이 측정소의 측정값을 이 컴퓨터에서 지웠습니다.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::StatusChangeDialog</name>
    <message>
        <source>Reopen the problem</source>
        <translation>문제 다시 열기</translation>
    </message>
    <message>
        <source>Set the status</source>
        <translation>상태 정하기</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>현재: %1</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>새 상태:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <source>Why should the problem be looked at again?</source>
        <translation>왜 이 문제를 다시 살펴봐야 하나요?</translation>
    </message>
    <message>
        <source>What was done or decided (everyone reads it)</source>
        <translation>무엇을 했거나 결정했는지 (모두가 읽습니다)</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>이유:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>다시 열기</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>상태 정하기</translation>
    </message>
    <message>
        <source>Please say why the problem should be looked at again.</source>
        <translation>이 문제를 왜 다시 살펴봐야 하는지 적어 주세요.</translation>
    </message>
    <message>
        <source>Please write a note: say what was done or decided.</source>
        <translation>메모를 적어 주세요: 무엇을 했거나 결정했는지.</translation>
    </message>
    <message>
        <source>Please choose why the problem is closed.</source>
        <translation>문제를 종결하는 사유를 고르세요.</translation>
    </message>
    <message>
        <source>Your account may not change this problem&apos;s status.</source>
        <translation>이 계정으로는 이 문제의 상태를 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>The problem cannot move to that status.</source>
        <translation>문제를 그 상태로 바꿀 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::StatusHistoryView</name>
    <message>
        <source>Status history</source>
        <translation>상태 기록</translation>
    </message>
    <message>
        <source>The status has not changed since the problem was filed.</source>
        <translation>문제가 등록된 뒤로 상태가 바뀐 적이 없습니다.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>누군가</translation>
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
        <translation>금고 더 단단하게</translation>
    </message>
    <message>
        <source>Every unlock makes the computer work for a moment on purpose: the longer it takes, the longer it takes someone with a copy of the profile to try passphrases. A newer computer does the same work faster, so the vault can be made costlier to match.</source>
        <translation>잠금을 풀 때마다 컴퓨터는 일부러 잠시 계산을 합니다. 이 시간이 길수록 프로필 복사본을 가진 사람이 암호 문구를 하나하나 대입해 보는 데에도 오래 걸립니다. 새 컴퓨터는 같은 계산을 더 빨리 하므로, 그에 맞춰 금고를 더 열기 어렵게 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>About 1 second</source>
        <translation>약 1초</translation>
    </message>
    <message>
        <source>About 2 seconds</source>
        <translation>약 2초</translation>
    </message>
    <message>
        <source>About 4 seconds</source>
        <translation>약 4초</translation>
    </message>
    <message>
        <source>Unlocking should &amp;take:</source>
        <translation>잠금 해제에 걸릴 시간(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>암호 문구(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Strengthen</source>
        <translation>더 단단하게(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%1 MiB of memory, %n pass(es)</source>
        <translation>
            <numerusform>메모리 %1MiB, %n회 반복</numerusform>
        </translation>
    </message>
    <message>
        <source>Measuring how long unlocking takes here…</source>
        <translation>이 컴퓨터에서 잠금 해제에 걸리는 시간을 재는 중…</translation>
    </message>
    <message>
        <source>Unlocking takes about %1 s on this computer now (%2).</source>
        <translation>지금 이 컴퓨터에서 잠금 해제에 약 %1초 걸립니다(%2).</translation>
    </message>
    <message>
        <source>Strengthening; this takes a few unlocks&apos; time…</source>
        <translation>더 단단하게 만드는 중입니다. 잠금 해제 몇 번쯤의 시간이 걸립니다…</translation>
    </message>
    <message>
        <source>Done. Unlocking now takes about %1 s (it took %2 s).</source>
        <translation>끝났습니다. 이제 잠금 해제에 약 %1초 걸립니다(전에는 %2초).</translation>
    </message>
</context>
<context>
    <name>balgul::ui::SyncController</name>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%1에 로그인했습니다(사용자: %2).</translation>
    </message>
    <message>
        <source>Signed out. Problems stay on this computer until you sign in again.</source>
        <translation>로그아웃했습니다. 다시 로그인할 때까지 문제는 이 컴퓨터에만 보관됩니다.</translation>
    </message>
    <message>
        <source>Signed out on this computer. The hub could not be reached to end the session there; it ends by itself when it expires.</source>
        <translation>이 컴퓨터에서 로그아웃했습니다. 허브에 연결할 수 없어 허브의 세션을 끝내지 못했습니다. 그 세션은 만료되면 저절로 끝납니다.</translation>
    </message>
    <message>
        <source>Signed out on this computer. The hub did not end the session (%1); it ends by itself when it expires.</source>
        <translation>이 컴퓨터에서 로그아웃했습니다. 허브가 세션을 끝내지 않았습니다(%1). 그 세션은 만료되면 저절로 끝납니다.</translation>
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
    <message>
        <source>Sync stopped — click to carry on</source>
        <translation>동기화 멈춤 — 클릭하면 이어서 받습니다</translation>
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
        <source>You stopped the sync. What it received stays; the next sync carries on from there. Automatic sync waits until you click.</source>
        <translation>동기화를 멈췄습니다. 이미 받은 것은 그대로 있고, 다음 동기화는 멈춘 곳에서 이어집니다. 클릭할 때까지 자동 동기화는 기다립니다.</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>클릭하면 지금 동기화합니다.</translation>
    </message>
</context>
<context>
    <name>balgul::ui::SyncProgressBar</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>약 %n초 남음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>약 %n분 남음</numerusform>
        </translation>
    </message>
    <message>
        <source>Receiving from the hub: %1 of %2</source>
        <translation>허브에서 받는 중: %2건 중 %1건</translation>
    </message>
    <message>
        <source>Receiving from the hub: %1</source>
        <translation>허브에서 받는 중: %1건</translation>
    </message>
    <message>
        <source>Sending your changes: %1 of %2</source>
        <translation>변경 사항 보내는 중: %2건 중 %1건</translation>
    </message>
    <message>
        <source>Sending your changes: %1</source>
        <translation>변경 사항 보내는 중: %1건</translation>
    </message>
    <message>
        <source>Sending photos: %1 of %2</source>
        <translation>사진 보내는 중: %2장 중 %1장</translation>
    </message>
    <message>
        <source>Receiving photos: %1 of %2</source>
        <translation>사진 받는 중: %2장 중 %1장</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>동기화 중…</translation>
    </message>
    <message>
        <source>%1 a second</source>
        <translation>초당 %1건</translation>
    </message>
    <message>
        <source>estimating the time left…</source>
        <translation>남은 시간 계산 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop the sync. What arrived stays; the next sync carries on from there.</source>
        <translation>동기화를 멈춥니다. 이미 받은 것은 그대로 있고, 다음 동기화는 멈춘 곳에서 이어집니다.</translation>
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
    <name>balgul::ui::TriagePanel</name>
    <message>
        <source>Triage: %1 new, %2 reopened, %3 widely supported</source>
        <translation>검토: 새 문제 %1, 다시 열림 %2, 공감 많음 %3</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새 문제</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>다시 열림</translation>
    </message>
    <message numerus="yes">
        <source>%n support(s)</source>
        <translation>
            <numerusform>공감 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>등록일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Set status…</source>
        <translation>상태 정하기…</translation>
    </message>
</context>
<context>
    <name>balgul::ui::UserGuideWindow</name>
    <message>
        <source>Balgul User Guide</source>
        <translation>발굴 사용 설명서</translation>
    </message>
</context>
<context>
    <name>balgul::ui::VotingPanel</name>
    <message>
        <source>opens %1</source>
        <translation>%1 시작</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>%1 마감</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>%1 마감됨</translation>
    </message>
    <message>
        <source>not voted</source>
        <translation>투표 안 함</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>보내기 전</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>집계됨</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>거절됨: %1</translation>
    </message>
    <message>
        <source>No voting rounds yet. A coordinator opens one on pilots in the voting phase.</source>
        <translation>아직 투표 라운드가 없습니다. 코디네이터가 투표 단계의 실증으로 라운드를 엽니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s), %1 open</source>
        <translation>
            <numerusform>라운드 %n개, 진행 중 %1개</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a round on the left.</source>
        <translation>왼쪽에서 라운드를 고르십시오.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>open to a named group of %n account(s)</source>
        <translation>
            <numerusform>지정된 계정 %n개만 참여 가능</numerusform>
        </translation>
    </message>
    <message>
        <source>kept on this computer only</source>
        <translation>이 컴퓨터에만 있음</translation>
    </message>
    <message>
        <source>waiting to be sent to the hub</source>
        <translation>허브로 보내기 전</translation>
    </message>
    <message>
        <source>%1 ballot: %2
%3
Budget: %4</source>
        <translation>투표 방식(%1): %2
%3
예산: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n point(s))</source>
        <translation>
            <numerusform>%1 (%n점)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your choices: %1</source>
        <translation>내 선택: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation>영수증: %1</translation>
    </message>
    <message>
        <source>Change my ballot…</source>
        <translation>내 투표 바꾸기…</translation>
    </message>
    <message>
        <source>Vote…</source>
        <translation>투표…</translation>
    </message>
    <message>
        <source>Its results are not here.</source>
        <translation>이 라운드의 결과는 여기에 없습니다.</translation>
    </message>
    <message>
        <source>The results come from the hub with the next sync.</source>
        <translation>결과는 다음 동기화 때 허브에서 받아옵니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>문제 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>지도에서 보기</translation>
    </message>
    <message>
        <source>Open a round…</source>
        <translation>라운드 열기…</translation>
    </message>
    <message>
        <source>Open a voting round on the pilots in the voting phase</source>
        <translation>투표 단계의 실증으로 투표 라운드를 엽니다</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>후보</translation>
    </message>
    <message>
        <source>My ballot</source>
        <translation>내 투표</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the whole receipt</source>
        <translation>영수증 전체 복사</translation>
    </message>
    <message>
        <source>Close round now</source>
        <translation>지금 마감</translation>
    </message>
    <message>
        <source>End the voting now; the hub&apos;s clock decides the closing time</source>
        <translation>지금 투표를 끝냅니다. 마감 시각은 허브의 시계로 정해집니다</translation>
    </message>
    <message>
        <source>open to the accounts that joined with invite %1</source>
        <translation>초대 %1(으)로 가입한 계정만 투표</translation>
    </message>
    <message>
        <source>refused by the hub: %1</source>
        <translation>허브가 거절함: %1</translation>
    </message>
</context>
<context>
    <name>balgul::ui::XyzTileSource</name>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap 기여자</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ZoneEditTool</name>
    <message>
        <source>Draw the zone: click on the map to place the corners of a polygon.</source>
        <translation>구역 그리기: 지도를 클릭하여 다각형의 모서리를 찍으십시오.</translation>
    </message>
    <message>
        <source>Remove polygon</source>
        <translation>다각형 지우기</translation>
    </message>
    <message>
        <source>Add vertex</source>
        <translation>꼭짓점 추가</translation>
    </message>
    <message>
        <source>Remove vertex</source>
        <translation>꼭짓점 지우기</translation>
    </message>
    <message>
        <source>Polygon %1 needs at least 3 vertices.</source>
        <translation>다각형 %1에는 꼭짓점이 3개 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>Polygon %1 has more than %2 vertices.</source>
        <translation>다각형 %1의 꼭짓점이 %2개를 넘습니다.</translation>
    </message>
    <message>
        <source>Vertex %1 of polygon %2 is not a place on the Earth.</source>
        <translation>다각형 %2의 꼭짓점 %1은(는) 지구 위의 위치가 아닙니다.</translation>
    </message>
    <message>
        <source>Vertices %1 and %2 of polygon %3 are at the same place.</source>
        <translation>다각형 %3의 꼭짓점 %1과(와) %2이(가) 같은 위치에 있습니다.</translation>
    </message>
    <message>
        <source>Polygon %1 crosses itself: the edge from vertex %2 to %3 meets the edge from vertex %4 to %5.</source>
        <translation>다각형 %1이(가) 스스로 교차합니다: 꼭짓점 %2–%3 변이 꼭짓점 %4–%5 변과 만납니다.</translation>
    </message>
    <message>
        <source>Polygon %1 has no area: its vertices lie on one line.</source>
        <translation>다각형 %1은(는) 넓이가 없습니다: 꼭짓점이 한 직선 위에 있습니다.</translation>
    </message>
    <message>
        <source>A zone has at most %1 polygons.</source>
        <translation>구역의 다각형은 최대 %1개입니다.</translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation>꼭짓점 옮기기</translation>
    </message>
</context>
<context>
    <name>balgul::ui::ZoneLayer</name>
    <message>
        <source>Phase: %1</source>
        <translation>단계: %1</translation>
    </message>
</context>
</TS>
