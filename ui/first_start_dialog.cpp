#include "ui/first_start_dialog.h"

#include "core/domain/problem.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace balgul::ui {

FirstStartDialog::FirstStartDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("firstStartDialog"));
    setWindowTitle(tr("Welcome to Balgul"));

    auto* intro = new QLabel(tr("What name should others see on the problems and comments you write? "
                                "When you sign in to your living lab's hub, your account's name is used "
                                "instead. You can change this later in Preferences."),
                             this);
    intro->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("firstStartNameEdit"));
    m_name->setPlaceholderText(tr("Your name, e.g. Kim Minji"));
    m_name->setMaxLength(static_cast<int>(core::limits::kAuthorMax));

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("firstStartSaveButton"));
    m_save->setDefault(true);
    m_save->setEnabled(false);
    QPushButton* skip = buttons->addButton(tr("S&kip"), QDialogButtonBox::RejectRole);
    skip->setObjectName(QStringLiteral("firstStartSkipButton"));
    skip->setToolTip(tr("Write without a name for now"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_save->setEnabled(!text.trimmed().isEmpty()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_name);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString FirstStartDialog::name() const
{
    return m_name->text().trimmed();
}

} // namespace balgul::ui
