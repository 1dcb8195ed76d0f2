using System.Globalization;

namespace Classeur.Knowledge;

/// <summary>
/// The centre of an SVG path's bounding box, to place a département's count on the map. Reads the
/// commands the map uses (move, line, horizontal, vertical, cubic and close; relative or absolute);
/// a curve's control points count in the box, which is close enough to place a number.
/// </summary>
internal static class PathCentre
{
    public static (double X, double Y) Of(string path)
    {
        double x = 0, y = 0, startX = 0, startY = 0;
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        var command = 'M';
        var numbers = new List<double>();
        void Flush()
        {
            var relative = char.IsLower(command);
            var step = char.ToUpperInvariant(command) switch { 'H' or 'V' => 1, 'C' => 6, 'S' or 'Q' => 4, 'A' => 7, 'Z' => 0, _ => 2 };
            for (var i = 0; step > 0 && i + step <= numbers.Count; i += step)
            {
                var upper = char.ToUpperInvariant(command);
                double nx = x, ny = y;
                if (upper == 'H') nx = (relative ? x : 0) + numbers[i];
                else if (upper == 'V') ny = (relative ? y : 0) + numbers[i];
                else { nx = (relative ? x : 0) + numbers[i + step - 2]; ny = (relative ? y : 0) + numbers[i + step - 1]; }
                (x, y) = (nx, ny);
                if (upper == 'M' && i == 0) (startX, startY) = (x, y);
                (minX, minY, maxX, maxY) = (Math.Min(minX, x), Math.Min(minY, y), Math.Max(maxX, x), Math.Max(maxY, y));
            }
            if (char.ToUpperInvariant(command) == 'Z') (x, y) = (startX, startY);
            numbers.Clear();
        }
        var token = new System.Text.StringBuilder();
        void Number()
        {
            if (token.Length > 0 && double.TryParse(token.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) numbers.Add(n);
            token.Clear();
        }
        foreach (var c in path)
        {
            if (char.IsLetter(c) && c is not ('e' or 'E'))
            {
                Number();
                Flush();
                command = c;
            }
            else if (c is ',' or ' ' or '\n' or '\t' || (c == '-' && token.Length > 0 && token[^1] is not ('e' or 'E')))
            {
                Number();
                if (c == '-') token.Append(c);
            }
            else token.Append(c);
        }
        Number();
        Flush();
        return minX == double.MaxValue ? (0, 0) : ((minX + maxX) / 2, (minY + maxY) / 2);
    }
}
