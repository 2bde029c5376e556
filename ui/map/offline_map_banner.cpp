#include "ui/map/offline_map_banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace balgul::ui {

OfflineMapBanner::OfflineMapBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("offlineMapBanner"));
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xe0));
    colours.setColor(QPalette::WindowText, QColor(0x6b, 0x44, 0x00));
    setPalette(colours);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("offlineMapText"));
    m_text->setWordWrap(true);
    m_plain = new QPushButton(tr("Use the plain map"), this);
    m_plain->setObjectName(QStringLiteral("usePlainMapButton"));
    m_plain->setToolTip(tr("A map of lines and degrees that needs no network"));
    m_pack = new QPushButton(tr("Choose a map pack…"), this);
    m_pack->setObjectName(QStringLiteral("chooseMapPackButton"));
    m_pack->setToolTip(tr("An offline map file (MBTiles), for example one your living lab hands out"));
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeOfflineMapButton"));
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close this message"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_plain);
    layout->addWidget(m_pack);
    layout->addWidget(close);
    hide();

    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_plain, &QPushButton::clicked, this, [this] {
        hide();
        emit plainMapRequested();
    });
    connect(m_pack, &QPushButton::clicked, this, [this] {
        hide();
        emit mapPackRequested();
    });
}

void OfflineMapBanner::showFor(const QString& host)
{
    m_text->setText(tr("The map tiles cannot be loaded from %1: this computer seems to be offline. The map "
                       "shows only what it loaded before.")
                        .arg(host));
    show();
}

QString OfflineMapBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace balgul::ui
