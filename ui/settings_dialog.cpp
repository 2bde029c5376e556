#include "ui/settings_dialog.h"

#include "core/domain/problem.h"
#include "core/util/text.h"
#include "ui/dialog_folders.h"
#include "ui/qt_convert.h"
#include "ui/settings.h"
#include "ui/sync/hub_settings_box.h"
#include "ui/sync/sync_controller.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace balgul::ui {

SettingsDialog::SettingsDialog(Settings& settings, QWidget* parent) : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(520);

    // Language: the names of the languages are written in that language on purpose.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    auto* languageNote = new QLabel(tr("A new language is used the next time Balgul starts."), this);
    languageNote->setWordWrap(true);
    languageNote->setEnabled(false);

    // Base map.
    auto* mapBox = new QGroupBox(tr("Base map"), this);
    m_osm = new QRadioButton(tr("OpenStreetMap (online)"), mapBox);
    m_osm->setObjectName(QStringLiteral("osmRadio"));
    m_tileUrl = new QLineEdit(settings.tileUrl(), mapBox);
    m_tileUrl->setObjectName(QStringLiteral("tileUrlEdit"));
    m_tileUrl->setToolTip(tr("A tile address with {z}, {x} and {y} in it"));
    m_resetUrl = new QPushButton(tr("Default"), mapBox);
    m_mbtiles = new QRadioButton(tr("Offline map file (MBTiles)"), mapBox);
    m_mbtiles->setObjectName(QStringLiteral("mbtilesRadio"));
    m_mbtilesPath = new QLineEdit(settings.mbtilesPath(), mapBox);
    m_mbtilesPath->setObjectName(QStringLiteral("mbtilesPathEdit"));
    m_browse = new QPushButton(tr("Choose…"), mapBox);
    m_none = new QRadioButton(tr("Plain map without tiles (no network, no file)"), mapBox);
    m_none->setObjectName(QStringLiteral("noneRadio"));
    m_baseMapError = new QLabel(mapBox);
    m_baseMapError->setObjectName(QStringLiteral("baseMapError"));
    m_baseMapError->setWordWrap(true);
    m_baseMapError->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_baseMapError->hide();
    auto* group = new QButtonGroup(this);
    group->addButton(m_osm);
    group->addButton(m_mbtiles);
    group->addButton(m_none);
    const QString kind = settings.tileKind();
    (kind == QLatin1String("mbtiles") ? m_mbtiles
     : kind == QLatin1String("none")  ? m_none
                                      : m_osm)
        ->setChecked(true);

    auto* urlRow = new QHBoxLayout;
    urlRow->setContentsMargins(24, 0, 0, 0);
    urlRow->addWidget(m_tileUrl, 1);
    urlRow->addWidget(m_resetUrl);
    auto* fileRow = new QHBoxLayout;
    fileRow->setContentsMargins(24, 0, 0, 0);
    fileRow->addWidget(m_mbtilesPath, 1);
    fileRow->addWidget(m_browse);
    auto* mapLayout = new QVBoxLayout(mapBox);
    mapLayout->addWidget(m_osm);
    mapLayout->addLayout(urlRow);
    mapLayout->addWidget(m_mbtiles);
    mapLayout->addLayout(fileRow);
    mapLayout->addWidget(m_none);
    mapLayout->addWidget(m_baseMapError);

    m_userName = new QLineEdit(settings.userName(), this);
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setPlaceholderText(tr("How others see you, e.g. Kim Minji"));
    m_nameNote = new QLabel(this);
    m_nameNote->setObjectName(QStringLiteral("userNameNote"));
    m_nameNote->setWordWrap(true);
    m_nameNote->setEnabled(false);
    m_nameNote->hide();
    m_userName->setMaxLength(static_cast<int>(core::limits::kAuthorMax));

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("Your &name:"), m_userName);
    form->addRow(QString(), m_nameNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mapBox);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_resetUrl, &QPushButton::clicked, this,
            [this] { m_tileUrl->setText(Settings::defaultTileUrl()); });
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::browseMbtiles);
    connect(group, &QButtonGroup::buttonToggled, this, &SettingsDialog::updateState);
    connect(m_tileUrl, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_mbtilesPath, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    updateState();
}

QString SettingsDialog::chosenKind() const
{
    if (m_mbtiles->isChecked())
        return QStringLiteral("mbtiles");
    if (m_none->isChecked())
        return QStringLiteral("none");
    return QStringLiteral("osm");
}

QString SettingsDialog::baseMapProblem() const
{
    const QString kind = chosenKind();
    if (kind == QLatin1String("osm")) {
        const QString url = m_tileUrl->text().trimmed();
        if (!url.startsWith(QLatin1String("https://")) && !url.startsWith(QLatin1String("http://")))
            return tr("The tile address must start with https:// or http://.");
        for (const QString& part : {QStringLiteral("{z}"), QStringLiteral("{x}"), QStringLiteral("{y}")})
            if (!url.contains(part))
                return tr("The tile address needs {z}, {x} and {y} where the zoom and tile numbers go.");
    } else if (kind == QLatin1String("mbtiles")) {
        const QString path = m_mbtilesPath->text().trimmed();
        if (path.isEmpty())
            return tr("Choose the offline map file.");
        if (!QFileInfo(path).isFile())
            return tr("The file “%1” cannot be found.").arg(QFileInfo(path).fileName());
    }
    return {};
}

void SettingsDialog::updateState()
{
    m_tileUrl->setEnabled(m_osm->isChecked());
    m_resetUrl->setEnabled(m_osm->isChecked());
    m_mbtilesPath->setEnabled(m_mbtiles->isChecked());
    m_browse->setEnabled(m_mbtiles->isChecked());
    const QString problem = baseMapProblem();
    m_baseMapError->setText(problem);
    m_baseMapError->setVisible(!problem.isEmpty());
    m_save->setEnabled(problem.isEmpty());
}

void SettingsDialog::browseMbtiles()
{
    const QString current = m_mbtilesPath->text().trimmed();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose an offline map"),
        QFileInfo(current).isFile() ? current : dialog_folders::start(QStringLiteral("mbtiles")),
        tr("MBTiles map files (*.mbtiles);;All files (*)"));
    if (path.isEmpty())
        return;
    dialog_folders::remember(QStringLiteral("mbtiles"), path);
    m_mbtilesPath->setText(path);
}

void SettingsDialog::addHubSettings(SyncController& controller)
{
    if (m_hub)
        return;
    m_hub = new HubSettingsBox(controller, m_settings, this);
    // Signed in, the hub signs with the account's name; the name here is for working without it.
    if (const QString account = controller.accountName(); !account.isEmpty()) {
        m_nameNote->setText(tr("While you are signed in to the hub, others see your account's name, “%1”. "
                               "This name is used when you are not signed in.")
                                .arg(account));
        m_nameNote->show();
    }
    auto* column = qobject_cast<QVBoxLayout*>(layout());
    // Above the stretch and the buttons.
    column->insertWidget(column->count() - 2, m_hub);
}

void SettingsDialog::showEvent(QShowEvent* event)
{
    // The notes wrap: the height they need is known only at the dialog's real width, which the
    // minimum width sets after Qt sized the window for its narrowest layout.
    if (const int needed = layout()->heightForWidth(width()); needed > height())
        resize(width(), needed);
    QDialog::showEvent(event);
}

void SettingsDialog::accept()
{
    updateState();
    if (!baseMapProblem().isEmpty())
        return;

    const QString language = m_language->currentData().toString();
    m_languageChanged = language != m_settings.language();
    m_settings.setLanguage(language);

    const QString kind = chosenKind();
    const QString url = m_tileUrl->text().trimmed();
    const QString path = m_mbtilesPath->text().trimmed();
    m_baseMapChanged = kind != m_settings.tileKind() ||
                       (kind == QLatin1String("osm") && url != m_settings.tileUrl()) ||
                       (kind == QLatin1String("mbtiles") && path != m_settings.mbtilesPath());
    m_settings.setTileKind(kind);
    m_settings.setTileUrl(url == Settings::defaultTileUrl() ? QString() : url);
    m_settings.setMbtilesPath(path);

    const QString name = m_userName->text().trimmed();
    m_userNameChanged = name != m_settings.userName();
    m_settings.setUserName(name);
    if (m_hub)
        m_hub->apply();
    m_settings.sync();
    QDialog::accept();
}

} // namespace balgul::ui
