// The vault's passphrase dialogs (create, change, strengthen) and the passphrase strength hint.

#include "ui/mydata/vault_dialogs.h"

#include "ui/mydata/mydata_text.h"
#include "ui/mydata/vault_session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <cmath>

namespace balgul::ui {

namespace {

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QLabel* errorLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

QLineEdit* passwordField(QWidget* parent, const QString& name)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setEchoMode(QLineEdit::Password);
    field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return field;
}

QProgressBar* busyBar(QWidget* parent)
{
    auto* bar = new QProgressBar(parent);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->hide();
    return bar;
}

QString secondsText(std::chrono::milliseconds ms)
{
    return QLocale().toString(static_cast<double>(ms.count()) / 1000.0, 'f', 1);
}

void showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

// Strength --------------------------------------------------------------------------------------------

PassphraseStrength passphraseStrength(const QString& passphrase)
{
    const QList<uint> chars = passphrase.toUcs4();
    if (chars.size() < kMinPassphraseLength)
        return PassphraseStrength::TooShort;
    static const QSet<QString> everyoneTries{
        QStringLiteral("password"),   QStringLiteral("12345678"),   QStringLiteral("123456789"),
        QStringLiteral("1234567890"), QStringLiteral("qwertyuiop"), QStringLiteral("qwerty123"),
        QStringLiteral("password1"),  QStringLiteral("iloveyou"),   QStringLiteral("abcd1234"),
        QStringLiteral("11111111"),   QStringLiteral("sarang123"),  QStringLiteral("qwer1234")};
    if (everyoneTries.contains(passphrase.toLower()))
        return PassphraseStrength::Weak;
    bool lower = false, upper = false, digit = false, other = false, hangul = false, wide = false;
    QSet<uint> distinct;
    for (const uint c : chars) {
        distinct.insert(c);
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if (c >= 0xAC00 && c <= 0xD7A3)
            hangul = true;
        else if (c < 0x80)
            other = true;
        else
            wide = true;
    }
    double pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0) +
                  (hangul ? 2350 : 0) + (wide ? 100 : 0);
    double bits = static_cast<double>(chars.size()) * std::log2(std::max(pool, 2.0));
    // Repeats add little: "aaaaaaaaaa" or "abababab" is not ten characters' worth.
    if (distinct.size() * 3 < chars.size())
        bits /= 2;
    if (distinct.size() <= 2)
        return PassphraseStrength::Weak;
    if (bits < 45)
        return PassphraseStrength::Weak;
    if (bits < 70)
        return PassphraseStrength::Fair;
    return PassphraseStrength::Strong;
}

QString passphraseStrengthText(PassphraseStrength strength)
{
    switch (strength) {
    case PassphraseStrength::TooShort:
        return NewPassphraseFields::tr("Too short: use at least %n character(s).", nullptr,
                                       kMinPassphraseLength);
    case PassphraseStrength::Weak:
        return NewPassphraseFields::tr("Weak: easy to guess. Several unrelated words are easier to remember "
                                       "and harder to guess.");
    case PassphraseStrength::Fair:
        return NewPassphraseFields::tr("Fair: a word or two more would make it strong.");
    case PassphraseStrength::Strong:
        return NewPassphraseFields::tr("Strong.");
    }
    return {};
}

NewPassphraseFields::NewPassphraseFields(QWidget* parent, const QString& prefix) : QObject(parent)
{
    m_first = passwordField(parent, prefix + QStringLiteral("NewPassphrase"));
    m_second = passwordField(parent, prefix + QStringLiteral("RepeatPassphrase"));
    m_hint = new QLabel(parent);
    m_hint->setObjectName(prefix + QStringLiteral("StrengthHint"));
    m_hint->setWordWrap(true);
    // Room for two lines from the start, so the dialog keeps its size and place while typing.
    m_hint->setMinimumHeight(m_hint->fontMetrics().lineSpacing() * 2);
    m_hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(m_first, &QLineEdit::textChanged, this, &NewPassphraseFields::update);
    connect(m_second, &QLineEdit::textChanged, this, &NewPassphraseFields::update);
    update();
}

bool NewPassphraseFields::isValid() const
{
    return passphraseStrength(m_first->text()) != PassphraseStrength::TooShort &&
           m_first->text() == m_second->text();
}

void NewPassphraseFields::clear()
{
    m_first->clear();
    m_second->clear();
}

void NewPassphraseFields::update()
{
    const QString text = m_first->text();
    QString hint = text.isEmpty() ? tr("At least %n character(s); a few unrelated words are best.", nullptr,
                                       kMinPassphraseLength)
                                  : passphraseStrengthText(passphraseStrength(text));
    if (!m_second->text().isEmpty() && m_second->text() != text)
        hint += QLatin1Char(' ') + tr("The two passphrases differ.");
    m_hint->setText(hint);
    emit changed();
}

// Create ------------------------------------------------------------------------------------------------

CreateVaultDialog::CreateVaultDialog(VaultSession& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Create Vault"));
    setObjectName(QStringLiteral("createVaultDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(
        tr("The vault keeps your personal records (electricity and gas use, tracks, steps, heart rate) "
           "encrypted on this computer. Nothing in it can be read without its passphrase."),
        this));
    auto* warning = wrappedLabel(tr("<b>A forgotten passphrase cannot be recovered</b>, by you, by Balgul or "
                                    "by anyone else: the records in the vault are lost with it. Keep it "
                                    "somewhere safe."),
                                 this);
    warning->setObjectName(QStringLiteral("vaultRecoveryWarning"));
    layout->addWidget(warning);
    m_fields = new NewPassphraseFields(this, QStringLiteral("vault"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_fields->first());
    form->addRow(tr("&Repeat it:"), m_fields->second());
    form->addRow(QString(), m_fields->hint());
    layout->addLayout(form);
    m_error = errorLabel(this, QStringLiteral("vaultCreateError"));
    layout->addWidget(m_error);
    m_progress = busyBar(this);
    layout->addWidget(m_progress);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = m_buttons->addButton(tr("&Create Vault"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("vaultCreateButton"));
    m_create->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &CreateVaultDialog::create);
    connect(m_fields, &NewPassphraseFields::changed, this,
            [this] { m_create->setEnabled(m_fields->isValid() && !m_session.isBusy()); });
    m_create->setEnabled(false);
}

QString CreateVaultDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void CreateVaultDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_fields->first()->setEnabled(!busy);
    m_fields->second()->setEnabled(!busy);
    m_create->setEnabled(!busy && m_fields->isValid());
}

void CreateVaultDialog::create()
{
    if (!m_fields->isValid())
        return;
    auto secret = std::make_shared<Secret>(m_fields->first()->text());
    m_fields->clear();
    showError(m_error, {});
    setBusy(true);
    m_session.create(secret, [this, alive = QPointer<QDialog>(this)](const VaultOutcome& outcome) {
        if (!alive)
            return;
        setBusy(false);
        if (!outcome.ok) {
            showError(m_error, myDataErrorText(outcome.error));
            m_fields->first()->setFocus();
            return;
        }
        accept();
    });
}

// Change ------------------------------------------------------------------------------------------------

ChangePassphraseDialog::ChangePassphraseDialog(VaultSession& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Change Passphrase"));
    setObjectName(QStringLiteral("changePassphraseDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(
        tr("The records stay as they are; only the key that opens them is locked again under the new "
           "passphrase. A copy of this profile made earlier still opens with the old one."),
        this));
    m_old = passwordField(this, QStringLiteral("vaultOldPassphrase"));
    m_fields = new NewPassphraseFields(this, QStringLiteral("vault"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Present passphrase:"), m_old);
    form->addRow(tr("&New passphrase:"), m_fields->first());
    form->addRow(tr("&Repeat it:"), m_fields->second());
    form->addRow(QString(), m_fields->hint());
    layout->addLayout(form);
    layout->addWidget(wrappedLabel(tr("A forgotten passphrase cannot be recovered."), this));
    m_error = errorLabel(this, QStringLiteral("vaultChangeError"));
    layout->addWidget(m_error);
    m_progress = busyBar(this);
    layout->addWidget(m_progress);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_change = buttons->addButton(tr("C&hange Passphrase"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("vaultChangeButton"));
    m_change->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_change, &QPushButton::clicked, this, &ChangePassphraseDialog::change);
    const auto update = [this] { m_change->setEnabled(!m_old->text().isEmpty() && m_fields->isValid()); };
    connect(m_fields, &NewPassphraseFields::changed, this, update);
    connect(m_old, &QLineEdit::textChanged, this, update);
    update();
}

QString ChangePassphraseDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ChangePassphraseDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    for (QLineEdit* field : {m_old, m_fields->first(), m_fields->second()})
        field->setEnabled(!busy);
    m_change->setEnabled(!busy && !m_old->text().isEmpty() && m_fields->isValid());
}

void ChangePassphraseDialog::change()
{
    if (m_old->text().isEmpty() || !m_fields->isValid())
        return;
    auto oldSecret = std::make_shared<Secret>(m_old->text());
    auto newSecret = std::make_shared<Secret>(m_fields->first()->text());
    m_old->clear();
    showError(m_error, {});
    setBusy(true);
    m_session.changePassphrase(
        oldSecret, newSecret, [this, alive = QPointer<QDialog>(this)](const VaultOutcome& outcome) {
            if (!alive)
                return;
            setBusy(false);
            if (!outcome.ok) {
                showError(m_error, myDataErrorText(outcome.error));
                m_old->setFocus(); // the new passphrase stays typed: only the present one was wrong
                return;
            }
            m_fields->clear();
            accept();
        });
}

// Strengthen ----------------------------------------------------------------------------------------

StrengthenDialog::StrengthenDialog(VaultSession& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Strengthen Vault"));
    setObjectName(QStringLiteral("strengthenDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(
        tr("Every unlock makes the computer work for a moment on purpose: the longer it takes, the longer "
           "it takes someone with a copy of the profile to try passphrases. A newer computer does the same "
           "work faster, so the vault can be made costlier to match."),
        this));
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("vaultUnlockTime"));
    m_current->setWordWrap(true);
    layout->addWidget(m_current);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("vaultTargetTime"));
    m_target->addItem(tr("About 1 second"), 1000);
    m_target->addItem(tr("About 2 seconds"), 2000);
    m_target->addItem(tr("About 4 seconds"), 4000);
    m_passphrase = passwordField(this, QStringLiteral("vaultStrengthenPassphrase"));
    auto* form = new QFormLayout;
    form->addRow(tr("Unlocking should &take:"), m_target);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    layout->addLayout(form);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("vaultStrengthenResult"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    m_progress = busyBar(this);
    layout->addWidget(m_progress);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_strengthen = buttons->addButton(tr("&Strengthen"), QDialogButtonBox::ActionRole);
    m_strengthen->setObjectName(QStringLiteral("vaultStrengthenButton"));
    m_strengthen->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_strengthen, &QPushButton::clicked, this, &StrengthenDialog::strengthen);
    connect(m_passphrase, &QLineEdit::textChanged, this, [this] {
        m_strengthen->setEnabled(!m_passphrase->text().isEmpty() && !m_progress->isVisible());
    });
    m_strengthen->setEnabled(false);
    measure();
}

QString StrengthenDialog::unlockTimeText() const
{
    return m_current->text();
}

QString StrengthenDialog::resultText() const
{
    return m_result->text();
}

QString StrengthenDialog::costText() const
{
    const auto& p = m_session.params();
    return tr("%1 MiB of memory, %n pass(es)", nullptr, static_cast<int>(p.timeCost))
        .arg(QLocale().toString(p.memoryKiB / 1024));
}

void StrengthenDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_target->setEnabled(!busy);
    m_strengthen->setEnabled(!busy && !m_passphrase->text().isEmpty());
}

void StrengthenDialog::measure()
{
    m_current->setText(tr("Measuring how long unlocking takes here…"));
    setBusy(true);
    m_session.measureUnlockTime([this, alive = QPointer<QDialog>(this)](const VaultOutcome& outcome) {
        if (!alive)
            return;
        setBusy(false);
        if (!outcome.ok) {
            m_current->setText(myDataErrorText(outcome.error));
            return;
        }
        m_measured = outcome.derivation;
        m_current->setText(tr("Unlocking takes about %1 s on this computer now (%2).")
                               .arg(secondsText(m_measured), costText()));
    });
}

void StrengthenDialog::strengthen()
{
    if (m_passphrase->text().isEmpty())
        return;
    auto secret = std::make_shared<Secret>(m_passphrase->text());
    m_passphrase->clear();
    const std::chrono::milliseconds target(m_target->currentData().toInt());
    m_result->setText(tr("Strengthening; this takes a few unlocks' time…"));
    setBusy(true);
    m_session.strengthen(
        secret, target, [this, alive = QPointer<QDialog>(this)](const VaultOutcome& outcome) {
            if (!alive)
                return;
            setBusy(false);
            if (!outcome.ok) {
                m_result->setText(myDataErrorText(outcome.error));
                m_passphrase->setFocus();
                return;
            }
            const std::chrono::milliseconds before = m_measured;
            m_measured = outcome.derivation;
            m_result->setText(tr("Done. Unlocking now takes about %1 s (it took %2 s).")
                                  .arg(secondsText(outcome.derivation), secondsText(before)));
            m_current->setText(tr("Unlocking takes about %1 s on this computer now (%2).")
                                   .arg(secondsText(m_measured), costText()));
        });
}

} // namespace balgul::ui
