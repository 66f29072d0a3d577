import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brug

// Figures for the evaluation (steps 1, 6 and 7 of the brochure's plan): what the cooperation
// reaches and achieves in a period, for the migrant organisation or for the provider, as charts,
// with every number from 1 to 4 shown as "<5"; exported as CSV or PDF to the Documents folder.
AppPage {
    id: page
    title: qsTr("Figures")
    maxWidth: 900

    property string exportMessage
    property bool exportFailed: false

    Reports { id: reports }

    // A figure's title in the chosen language (the binding follows Language.code).
    function sectionTitle(section) {
        return Language.code, reports.title(section)
    }
    function saveAs(kind) {
        Session.touch()
        const path = reports.suggestedPath(kind)
        const url = reports.suggestedUrl(kind)
        const error = kind === "csv" ? reports.exportCsv(url) : reports.exportPdf(url)
        exportFailed = error.length > 0
        //: after an export; %1 is the full path of the file, in the Documents folder
        exportMessage = exportFailed ? error : qsTr("Saved in your Documents folder: %1").arg(path)
    }

    // One number, large: families reached, referrals received, declined.
    component NumberCard: Card {
        id: numberCard
        property string title
        property var figure: ({})
        Accessible.role: Accessible.StaticText
        Accessible.name: title + ": " + (figure.display || "0")
        Label {
            width: parent.width
            text: numberCard.title
            color: Theme.muted
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        Label {
            width: parent.width
            text: numberCard.figure.display || "0"
            font.pixelSize: Theme.headingFont + 10
            font.bold: true
            color: Theme.primary
            horizontalAlignment: Text.AlignLeft
        }
    }
    // A middle value in days and how many referrals it rests on.
    component DurationCard: Card {
        id: durationCard
        property string title
        property var figure: ({})
        Accessible.role: Accessible.StaticText
        Accessible.name: title + ": " + durationText.text + ". " + basis.text
        Label {
            width: parent.width
            text: durationCard.title
            color: Theme.muted
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        Label {
            id: durationText
            width: parent.width
            //: a number of days, e.g. "6,5 days": the middle value over all referrals
            text: durationCard.figure.available ? qsTr("%1 days").arg(durationCard.figure.display) : "–"
            font.pixelSize: Theme.headingFont
            font.bold: true
            color: Theme.primary
            horizontalAlignment: Text.AlignLeft
        }
        Label {
            id: basis
            width: parent.width
            text: durationCard.figure.available
                  //: %1 is a number of referrals, or "<5"
                  ? qsTr("Middle value of %1 referrals").arg(durationCard.figure.countDisplay)
                  : (durationCard.figure.suppressed ? qsTr("Not shown: fewer than 5 referrals.")
                                                    : qsTr("No referrals with this step in this period."))
            color: Theme.muted
            font.pixelSize: Theme.smallFont
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
    }

    // The period.
    SectionTitle { text: qsTr("Period") }
    Flow {
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            model: [
                { code: "last3months", label: qsTr("Last 3 months") },
                { code: "thisYear", label: qsTr("This year") },
                //: choose the first and last day of the report yourself
                { code: "custom", label: qsTr("Choose dates") }
            ]
            delegate: Chip {
                required property var modelData
                text: modelData.label
                checked: reports.preset === modelData.code
                onClicked: reports.preset = modelData.code
            }
        }
    }
    // From and to, on a calendar, when the dates are chosen by hand.
    QtObject {
        id: periodForm
        property var values: ({ from: reports.from, to: reports.to })
        property var errors: ({})
        function setValue(field, value) {
            if (!value)
                return
            if (field === "from")
                reports.from = value
            else
                reports.to = value
        }
    }
    GridLayout {
        visible: reports.preset === "custom"
        Layout.fillWidth: true
        columns: page.width > 600 ? 2 : 1
        columnSpacing: Theme.spacing
        DateField { form: periodForm; field: "from"; label: qsTr("From") }
        DateField { form: periodForm; field: "to"; label: qsTr("To") }
    }
    Label {
        text: reports.periodText
        font.bold: true
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
    }
    Label {
        text: reports.privacyNote
        color: Theme.muted
        font.pixelSize: Theme.smallFont
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
    }

    // Export for the evaluation meeting.
    Flow {
        Layout.fillWidth: true
        spacing: 8
        Button {
            text: qsTr("Export CSV")
            icon.source: "icons/forward.svg"
            implicitHeight: Theme.touch
            enabled: reports.ready
            onClicked: page.saveAs("csv")
            //: button: save the figures as a spreadsheet file (CSV)
            Accessible.name: qsTr("Export the figures as a spreadsheet (CSV)")
        }
        Button {
            text: qsTr("Export PDF")
            icon.source: "icons/forward.svg"
            implicitHeight: Theme.touch
            enabled: reports.ready
            onClicked: page.saveAs("pdf")
            Accessible.name: qsTr("Export the figures as a PDF report")
        }
    }
    Label {
        visible: page.exportMessage.length > 0
        text: page.exportMessage
        color: page.exportFailed ? Theme.danger : Theme.success
        Layout.fillWidth: true
        wrapMode: Text.WrapAnywhere
        horizontalAlignment: Text.AlignLeft
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    EmptyState {
        visible: !reports.ready
        icon: "reports"
        text: qsTr("The figures appear once this device is set up and your data is open.")
    }

    // ---- The migrant organisation: reach, activities, thresholds, referrals, hours, workload.
    ColumnLayout {
        visible: reports.ready && !reports.providerSide
        Layout.fillWidth: true
        spacing: Theme.spacing

        SectionTitle { text: qsTr("Whom we reach") }
        NumberCard { title: page.sectionTitle("families_reached"); figure: reports.familiesReached }
        Card {
            BarChart {
                width: parent.width
                title: page.sectionTitle("families_by_origin")
                model: reports.familiesByOrigin
            }
        }
        Card {
            BarChart {
                width: parent.width
                title: page.sectionTitle("families_by_neighbourhood")
                model: reports.familiesByNeighbourhood
            }
        }

        SectionTitle { text: qsTr("What we do") }
        Card {
            LineChart {
                width: parent.width
                title: page.sectionTitle("visits_per_month")
                series: [
                    { name: qsTr("Home visits"), color: Theme.primary, points: reports.visitsPerMonth },
                    { name: qsTr("Meetings"), color: Theme.accent, points: reports.meetingsPerMonth }
                ]
            }
        }
        Card {
            LineChart {
                width: parent.width
                title: page.sectionTitle("attendance_per_month")
                series: [{ name: qsTr("People"), color: Theme.info, points: reports.attendancePerMonth }]
            }
        }
        Card {
            BarChart {
                width: parent.width
                title: page.sectionTitle("attendance_by_group")
                model: reports.attendanceByGroup
                color: Theme.info
            }
        }

        SectionTitle { text: qsTr("Thresholds we see") }
        Card {
            BarChart {
                width: parent.width
                title: page.sectionTitle("risk_clusters")
                model: reports.riskClusters
                color: Theme.accent
            }
        }
        Card {
            BarChart {
                width: parent.width
                title: page.sectionTitle("risk_factors")
                model: reports.riskFactors
                color: Theme.accent
            }
        }
        Card {
            BarChart {
                width: parent.width
                title: page.sectionTitle("actions")
                model: reports.actions
            }
        }

        SectionTitle { text: qsTr("Referrals") }
        Card {
            FunnelChart {
                width: parent.width
                title: page.sectionTitle("referrals_by_status")
                model: reports.referralsByStatus
            }
        }
        Card {
            BarChart {
                width: parent.width
                title: page.sectionTitle("referrals_by_provider")
                model: reports.referralsByProvider
            }
        }
        DurationCard { title: page.sectionTitle("days_to_intake"); figure: reports.daysToIntake }

        SectionTitle { text: qsTr("Hours and expenses") }
        Card {
            Label {
                width: parent.width
                text: page.sectionTitle("hours")
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Accessible.role: Accessible.Heading
            }
            Label {
                visible: reports.hours.length === 0
                text: qsTr("Nothing in this period.")
                color: Theme.muted
            }
            Repeater {
                model: reports.hours
                delegate: RowLayout {
                    required property var modelData
                    width: parent.width
                    height: 40
                    spacing: Theme.spacing
                    Accessible.role: Accessible.Row
                    Accessible.name: [modelData.label, modelData.monthLabel, modelData.hoursDisplay,
                                      qsTr("%1 km").arg(modelData.kmDisplay), modelData.moneyDisplay].join(", ")
                    Label { text: modelData.label; Layout.fillWidth: true; elide: Text.ElideRight; horizontalAlignment: Text.AlignLeft }
                    Label { text: modelData.monthLabel; color: Theme.muted; Layout.preferredWidth: 90; horizontalAlignment: Text.AlignLeft }
                    Label { text: modelData.hoursDisplay; font.bold: true; Layout.preferredWidth: 60; horizontalAlignment: Text.AlignRight }
                    //: kilometres travelled
                    Label { text: qsTr("%1 km").arg(modelData.kmDisplay); Layout.preferredWidth: 80; horizontalAlignment: Text.AlignRight }
                    Label { text: modelData.moneyDisplay; Layout.preferredWidth: 90; horizontalAlignment: Text.AlignRight }
                }
            }
        }

        SectionTitle { text: qsTr("Workload") }
        Card {
            Label {
                width: parent.width
                text: page.sectionTitle("caseload")
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Accessible.role: Accessible.Heading
            }
            RowLayout {
                width: parent.width
                spacing: Theme.spacing
                Item { Layout.fillWidth: true }
                Label { text: qsTr("Families"); color: Theme.muted; font.pixelSize: Theme.smallFont; Layout.preferredWidth: 80; horizontalAlignment: Text.AlignHCenter; wrapMode: Text.Wrap }
                //: home visits in the last 30 days
                Label { text: qsTr("Visits, 30 days"); color: Theme.muted; font.pixelSize: Theme.smallFont; Layout.preferredWidth: 80; horizontalAlignment: Text.AlignHCenter; wrapMode: Text.Wrap }
                Label { text: qsTr("Open referrals"); color: Theme.muted; font.pixelSize: Theme.smallFont; Layout.preferredWidth: 80; horizontalAlignment: Text.AlignHCenter; wrapMode: Text.Wrap }
            }
            Repeater {
                model: reports.caseload
                delegate: RowLayout {
                    id: load
                    required property var modelData
                    width: parent.width
                    height: 40
                    spacing: Theme.spacing
                    Accessible.role: Accessible.Row
                    Accessible.name: modelData.label + ": " + qsTr("%1 families, %2 visits, %3 open referrals")
                                     .arg(modelData.families.display).arg(modelData.visits.display)
                                     .arg(modelData.referrals.display)
                    Label { text: load.modelData.label; Layout.fillWidth: true; elide: Text.ElideRight; horizontalAlignment: Text.AlignLeft }
                    Repeater {
                        model: [load.modelData.families, load.modelData.visits, load.modelData.referrals]
                        delegate: Label {
                            required property var modelData
                            text: modelData.display
                            font.bold: !modelData.suppressed
                            color: modelData.suppressed ? Theme.muted : Theme.text
                            Layout.preferredWidth: 80
                            horizontalAlignment: Text.AlignHCenter
                        }
                    }
                }
            }
        }
    }

    // ---- The provider: what came in, how fast it was answered, how it ended, meetings.
    ColumnLayout {
        visible: reports.ready && reports.providerSide
        Layout.fillWidth: true
        spacing: Theme.spacing

        //: section of the provider's figures: the referrals that came in
        SectionTitle { text: qsTr("What came in") }
        NumberCard { title: page.sectionTitle("referrals_received"); figure: reports.referralsReceived }
        Card {
            FunnelChart {
                width: parent.width
                title: page.sectionTitle("received_by_status")
                model: reports.receivedByStatus
            }
        }
        Card {
            BarChart {
                width: parent.width
                title: page.sectionTitle("received_by_origin")
                model: reports.receivedByOrigin
            }
        }
        Card {
            BarChart {
                width: parent.width
                title: page.sectionTitle("received_by_service")
                model: reports.receivedByService
            }
        }

        SectionTitle { text: qsTr("How fast") }
        GridLayout {
            Layout.fillWidth: true
            columns: page.width > 600 ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            DurationCard { title: page.sectionTitle("days_to_first_response"); figure: reports.daysToFirstResponse }
            DurationCard { title: page.sectionTitle("days_to_intake"); figure: reports.daysToIntake }
        }

        //: section of the provider's figures: outcomes and referrals not accepted
        SectionTitle { text: qsTr("Results") }
        Card {
            BarChart {
                width: parent.width
                title: page.sectionTitle("outcomes")
                model: reports.outcomes
            }
        }
        NumberCard { title: page.sectionTitle("declined"); figure: reports.declined }

        SectionTitle { text: qsTr("Neighbourhood meetings") }
        Card {
            LineChart {
                width: parent.width
                title: page.sectionTitle("meetings_provider_requested")
                series: [
                    { name: qsTr("Asked to come"), color: Theme.accent, points: reports.meetingsRequested },
                    { name: qsTr("Present"), color: Theme.primary, points: reports.meetingsPresent }
                ]
            }
        }
    }
}
