<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="70" />
        <source>5/6  First admin account</source>
        <translation>5/6  最初の管理者アカウント</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="72" />
        <source>Staff accounts already exist in this database: add more with kiosk staff add, or in the clerk console.</source>
        <translation>このデータベースには職員アカウントがすでにあります。追加は kiosk staff add か窓口端末で行います。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="74" />
        <source>The first administrator, who can then add the other staff. Leave the staff number empty to add nobody now.</source>
        <translation>最初の管理者です。この方がほかの職員を追加します。今は追加しない場合、職員番号を空欄にします。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="76" />
        <source>&amp;Staff number</source>
        <translation>職員番号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="77" />
        <source>Staff number of the first admin</source>
        <translation>最初の管理者の職員番号</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="78" />
        <source>e.g. S1024</source>
        <translation>例: S1024</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="79" />
        <source>&amp;Name shown</source>
        <translation>表示名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="80" />
        <source>Name shown for the first admin</source>
        <translation>最初の管理者の表示名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="81" />
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="82" />
        <source>Password of the first admin</source>
        <translation>最初の管理者のパスワード</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="83" />
        <source>Password &amp;again</source>
        <translation>パスワード(確認)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="84" />
        <source>The same password again</source>
        <translation>同じパスワードをもう一度</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="85" />
        <source>Add the admin</source>
        <translation>管理者を追加</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../../kiosk/ui/setup/card_page.py" line="55" />
        <source>4/6  Card reader</source>
        <translation>4/6  カードリーダー</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/card_page.py" line="56" />
        <source>Put a staff-held My Number card on the reader (or start the emulator: kiosk card emulate --profile standard-adult), then test. The test asks the card how many PIN tries are left: no PIN is asked, no try is spent, nothing personal is read.</source>
        <translation>職員が管理するマイナンバーカードをリーダーに置いて(またはエミュレーターを起動して: kiosk card emulate --profile standard-adult)、テストします。テストはカードに暗証番号の残り回数を尋ねるだけです。暗証番号は聞かず、回数も減らさず、個人の情報は読みません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/card_page.py" line="60" />
        <source>&amp;Reader</source>
        <translation>リーダー(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/card_page.py" line="61" />
        <source>Card reader name</source>
        <translation>カードリーダーの名前</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/card_page.py" line="64" />
        <source>empty: the first reader with a card</source>
        <translation>空欄: カードが置かれた最初のリーダー</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/card_page.py" line="65" />
        <location filename="../../kiosk/ui/setup/card_page.py" line="66" />
        <source>Test with a card</source>
        <translation>カードでテストする</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/card_page.py" line="67" />
        <source>Read the card and save</source>
        <translation>カードを読んで保存</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/card_page.py" line="68" />
        <source>Save without a test</source>
        <translation>テストせずに保存</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../kiosk/ui/setup/database_page.py" line="29" />
        <source>2/6  Database</source>
        <translation>2/6  データベース</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/database_page.py" line="30" />
        <source>The town hall's PostgreSQL server (postgresql://user@host/database), or "local" for a file on this computer only. The test connects and brings the tables up to date; the address is saved only if it works.</source>
        <translation>役場の PostgreSQL サーバー(postgresql://ユーザー@ホスト/データベース)、またはこの端末だけのファイルなら「local」。テストで接続して表を最新にします。接続できたときだけアドレスを保存します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/database_page.py" line="34" />
        <source>&amp;Database</source>
        <translation>データベース(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/database_page.py" line="35" />
        <source>Database address</source>
        <translation>データベースのアドレス</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/database_page.py" line="37" />
        <source>Connect and save</source>
        <translation>接続して保存</translation>
    </message>
</context>
<context>
    <name>DoctorPage</name>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="84" />
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="102" />
        <source>The checks could not run: %1</source>
        <translation>確認を実行できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="112" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="112" />
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="113" />
        <source>Needs attention</source>
        <translation>要対応</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="128" />
        <source>This terminal is ready.</source>
        <translation>この端末は使える状態です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="131" />
        <source>Still needs attention: %1. Fix it (go back to its step, or see its line above), then check again.</source>
        <translation>まだ対応が必要です: %1。直してから(その手順に戻るか、上の行を参照)、もう一度確認してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="135" />
        <source>Final check (kiosk doctor)</source>
        <translation>最終確認(kiosk doctor)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="136" />
        <source>Everything this terminal needs, checked with the answers you saved.</source>
        <translation>保存した設定で、この端末に必要なものをすべて確認します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="139" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="139" />
        <source>Part</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="139" />
        <source>What was found</source>
        <translation>確認結果</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="140" />
        <source>Findings of the final check</source>
        <translation>最終確認の結果</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="141" />
        <source>Check again</source>
        <translation>もう一度確認</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="142" />
        <source>Run the final check again</source>
        <translation>最終確認をもう一度実行</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="143" />
        <source>Checking, please wait</source>
        <translation>確認中です。お待ちください</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="56" />
        <source>3/6  Printer</source>
        <translation>3/6  プリンター</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="57" />
        <source>Where the forms are printed. The test prints one page: check that it came out of the right printer.</source>
        <translation>申請書を印刷する先です。テストで1ページ印刷します。正しいプリンターから出たか確かめてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="59" />
        <source>CUPS printer queue (Linux)</source>
        <translation>CUPS のプリンターキュー(Linux)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="60" />
        <source>Windows printer</source>
        <translation>Windows のプリンター</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="61" />
        <source>A folder of PDF files (no printer)</source>
        <translation>PDF ファイルのフォルダー(プリンターなし)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="64" />
        <source>&amp;Printing through</source>
        <translation>印刷方法(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="65" />
        <source>Printing through</source>
        <translation>印刷方法</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="66" />
        <source>Printer &amp;name</source>
        <translation>プリンター名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="67" />
        <source>Printer name</source>
        <translation>プリンター名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="68" />
        <source>empty: the system's default printer</source>
        <translation>空欄: 通常使うプリンター</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="69" />
        <source>&amp;Folder</source>
        <translation>フォルダー(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="70" />
        <source>Folder for the printed PDF files</source>
        <translation>印刷した PDF を置くフォルダー</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="71" />
        <location filename="../../kiosk/ui/setup/printer_page.py" line="72" />
        <source>Print a test page</source>
        <translation>テストページを印刷する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="73" />
        <source>Print a test page and save</source>
        <translation>テストページを印刷して保存</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="74" />
        <source>Save without a test page</source>
        <translation>テストページなしで保存</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="57" />
        <source>6/6  Retention</source>
        <translation>6/6  保存期間</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="58" />
        <source>Prefilled personal data is deleted after this time; the anonymous visit figures (no names, no numbers) are kept for the statistics.</source>
        <translation>事前入力された個人の情報は、この期間が過ぎると消去します。匿名の来庁データ(氏名も番号もなし)は統計のために残します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="61" />
        <source>Until the end of the next working day</source>
        <translation>翌開庁日の終わりまで</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="62" />
        <source>For a number of hours</source>
        <translation>指定した時間</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="63" />
        <source>&amp;Personal data</source>
        <translation>個人の情報(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="64" />
        <source>How long personal data is kept</source>
        <translation>個人の情報の保存期間</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="65" />
        <source>&amp;Hours</source>
        <translation>時間(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="66" />
        <source>Hours personal data is kept</source>
        <translation>個人の情報を保存する時間</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="67" />
        <source>&amp;Anonymous figures, days</source>
        <translation>匿名データの日数(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="68" />
        <source>Days the anonymous figures are kept</source>
        <translation>匿名データを保存する日数</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="69" />
        <source>kept for ever</source>
        <translation>無期限</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="70" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>SetupWindow</name>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="135" />
        <source>The configuration file is not valid: %1</source>
        <translation>設定ファイルに誤りがあります: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="188" />
        <location filename="../../kiosk/ui/setup/window.py" line="189" />
        <source>Terminal setup</source>
        <translation>端末の初期設定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="190" />
        <source>Configuration file: %1</source>
        <translation>設定ファイル: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="191" />
        <source>Configuration file (made by the first step): %1</source>
        <translation>設定ファイル(最初の手順で作成): %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="197" />
        <source>Switch the language</source>
        <translation>言語を切り替える</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="198" />
        <source>← Back</source>
        <translation>← 戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="199" />
        <source>Back to the previous step</source>
        <translation>前の手順に戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="200" />
        <source>Next →</source>
        <translation>次へ →</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="201" />
        <source>Next step</source>
        <translation>次の手順</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="202" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="203" />
        <source>Close the setup</source>
        <translation>初期設定を閉じる</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../kiosk/ui/setup/step_page.py" line="159" />
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/step_page.py" line="181" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/step_page.py" line="181" />
        <source>Saved, not tested</source>
        <translation>保存済み(テストなし)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/step_page.py" line="190" />
        <source>The check stopped on an unexpected %1; run kiosk doctor, and report it with the log if that finds nothing.</source>
        <translation>予期しない %1 で確認が止まりました。kiosk doctor を実行し、何も見つからなければログを添えて報告してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/step_page.py" line="230" />
        <source>Checking, please wait</source>
        <translation>確認中です。お待ちください</translation>
    </message>
</context>
<context>
    <name>TerminalPage</name>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="38" />
        <source>1/6  This terminal</source>
        <translation>1/6  この端末</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="39" />
        <source>What this computer is for, and the name it reports in the statistics and the audit log.</source>
        <translation>この端末の用途と、統計や監査ログに記録される名前です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="41" />
        <source>Kiosk (residents use it)</source>
        <translation>キオスク(住民が使う)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="42" />
        <source>Clerk console (at a counter)</source>
        <translation>窓口端末(職員が使う)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="43" />
        <source>Manager (statistics)</source>
        <translation>管理者(統計)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="46" />
        <source>&amp;Role</source>
        <translation>用途(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="47" />
        <source>Role of this terminal</source>
        <translation>この端末の用途</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="48" />
        <source>Terminal &amp;id</source>
        <translation>端末ID(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="49" />
        <source>Terminal id</source>
        <translation>端末ID</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="50" />
        <source>e.g. tablet-1 (empty: made up at first start)</source>
        <translation>例: tablet-1(空欄: 初回起動時に自動で決定)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="51" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
</TS>