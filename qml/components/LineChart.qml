import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts

// Counts per month as lines, one per series (visits and meetings ...), with the value at each
// point. A month whose count is hidden for privacy shows an open circle and "<5" or "≥5", and the
// line is broken there, so no height gives the count away. Time runs right to left in Arabic.
ColumnLayout {
    id: chart
    // [{name, color, points: [{label, short, value, display, suppressed}]}], all series the same months
    property var series: []
    property string title
    readonly property var months: series.length > 0 ? series[0].points : []
    readonly property real maxValue: series.reduce(
        (m, s) => s.points.reduce((n, p) => Math.max(n, p.value), m), 1)
    readonly property bool mirrored: LayoutMirroring.enabled

    Layout.fillWidth: true
    spacing: 6
    Accessible.role: Accessible.Chart
    Accessible.name: title + ": " + series.map(
        s => s.name + " " + s.points.map(p => p.label + " " + p.display).join(", ")).join("; ")

    Label {
        visible: chart.title.length > 0
        text: chart.title
        font.bold: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
        Layout.bottomMargin: 4
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    // The legend, when there is more than one line.
    Flow {
        visible: chart.series.length > 1
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: chart.series
            delegate: Row {
                required property var modelData
                spacing: 6
                Rectangle { width: 18; height: 4; radius: 2; color: modelData.color; anchors.verticalCenter: parent.verticalCenter }
                Label { text: modelData.name; font.pixelSize: Theme.smallFont }
            }
        }
    }

    Item {
        id: plot
        Layout.fillWidth: true
        Layout.preferredHeight: 200
        readonly property real plotTop: 24
        readonly property real plotBottom: height - 30
        readonly property real step: chart.months.length > 0 ? width / chart.months.length : width
        // Every n-th month is named when the months are many and the screen narrow.
        readonly property int labelEvery: Math.max(1, Math.ceil(56 / Math.max(1, step)))

        function xAt(i) {
            const x = (i + 0.5) * step
            return chart.mirrored ? width - x : x
        }
        function yAt(v) {
            return plotBottom - (plotBottom - plotTop) * v / chart.maxValue
        }

        Canvas {
            id: canvas
            anchors.fill: parent
            onPaint: {
                const ctx = getContext("2d")
                ctx.reset()
                ctx.strokeStyle = Theme.divider
                ctx.lineWidth = 1
                ctx.beginPath()
                ctx.moveTo(0, plot.plotBottom + 0.5)
                ctx.lineTo(width, plot.plotBottom + 0.5)
                ctx.stroke()
                for (const s of chart.series) {
                    ctx.strokeStyle = s.color
                    ctx.fillStyle = s.color
                    ctx.lineWidth = 3
                    ctx.beginPath()
                    let drawing = false
                    s.points.forEach((p, i) => {
                        if (p.suppressed) {
                            drawing = false
                            return
                        }
                        const x = plot.xAt(i), y = plot.yAt(p.value)
                        if (drawing)
                            ctx.lineTo(x, y)
                        else
                            ctx.moveTo(x, y)
                        drawing = true
                    })
                    ctx.stroke()
                    s.points.forEach((p, i) => {
                        const x = plot.xAt(i)
                        ctx.beginPath()
                        if (p.suppressed) {
                            ctx.lineWidth = 2
                            ctx.arc(x, plot.plotBottom - 8, 5, 0, 2 * Math.PI)
                            ctx.stroke()
                        } else {
                            ctx.arc(x, plot.yAt(p.value), 4, 0, 2 * Math.PI)
                            ctx.fill()
                        }
                    })
                }
            }
        }
        Connections {
            target: chart
            function onSeriesChanged() { canvas.requestPaint() }
            function onMirroredChanged() { canvas.requestPaint() }
            function onWidthChanged() { canvas.requestPaint() }
        }

        // The value at each point, above it (the first series) or below it (the second).
        Repeater {
            model: chart.series.length > 0 ? chart.series.length : 0
            delegate: Repeater {
                id: valuesOf
                required property int index
                readonly property var points: chart.series[index].points
                model: points.length
                delegate: Label {
                    required property int index
                    readonly property var point: valuesOf.points[index]
                    readonly property real pointY: point.suppressed ? plot.plotBottom - 8 : plot.yAt(point.value)
                    // Below its point only when there is room above the axis; else above it
                    // and to the side, so two lines that meet keep both values readable.
                    readonly property bool below: valuesOf.index > 0 && pointY + 6 + height < plot.plotBottom
                    readonly property bool aside: valuesOf.index > 0 && !below
                    x: plot.xAt(index) - width / 2 + (aside ? (chart.mirrored ? -1 : 1) * (width / 2 + 8) : 0)
                    y: below ? pointY + 6 : pointY - height - 6
                    text: point.display
                    font.pixelSize: 12
                    color: chart.series[valuesOf.index].color
                    visible: chart.months.length <= 18
                }
            }
        }
        // Month names under the axis.
        Repeater {
            model: chart.months.length
            delegate: Label {
                required property int index
                x: plot.xAt(index) - width / 2
                y: plot.plotBottom + 6
                visible: index % plot.labelEvery === 0
                text: chart.months[index].short
                font.pixelSize: 12
                color: Theme.muted
            }
        }
    }
}
