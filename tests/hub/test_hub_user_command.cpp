// `balgul-hub user add` says what it did in a sentence: the login, the role and the new id
// (on SQLite, and on PostgreSQL under hub.postgres).

#include "hub_process.h"

#include <QRegularExpression>
#include <QTest>

class TestHubUserCommand : public QObject
{
    Q_OBJECT

private slots:
    void addSaysWhoWasAdded_data();
    void addSaysWhoWasAdded();
};

void TestHubUserCommand::addSaysWhoWasAdded_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("displayName");
    QTest::addRow("citizen with a name") << "mina"
                                         << "citizen" << QStringLiteral("김민아");
    QTest::addRow("coordinator") << "lab"
                                 << "coordinator" << QString();
}

void TestHubUserCommand::addSaysWhoWasAdded()
{
    QFETCH(QString, login);
    QFETCH(QString, role);
    QFETCH(QString, displayName);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    balgul::test::HubProcess hub(dir.path());
    QStringList args{QStringLiteral("add"), login, QStringLiteral("--role"), role,
                     QStringLiteral("--password-stdin")};
    if (!displayName.isEmpty())
        args << QStringLiteral("--display-name") << displayName;
    QByteArray output;
    QCOMPARE(hub.userCommand(args, "correct horse\n", &output), 0);
    const QString text = QString::fromUtf8(output).trimmed();
    QVERIFY2(text.contains(QStringLiteral("\"%1\"").arg(login)), qPrintable(text));
    QVERIFY2(text.contains(role), qPrintable(text));
    if (!displayName.isEmpty())
        QVERIFY2(text.contains(displayName), qPrintable(text));
    // The id the hub lists for the account ends the line.
    QByteArray listing;
    QCOMPARE(hub.userCommand({QStringLiteral("list")}, {}, &listing), 0);
    const QString id =
        QString::fromUtf8(listing).split(QLatin1Char('\n')).first().section(QLatin1Char('\t'), 3, 3);
    QVERIFY(!id.isEmpty());
    QVERIFY2(text.endsWith(id), qPrintable(text + QStringLiteral(" / ") + id));
    QVERIFY2(text.contains(QLatin1Char(' ')), qPrintable(text)); // a sentence, not only the id
}

QTEST_GUILESS_MAIN(TestHubUserCommand)
#include "test_hub_user_command.moc"
